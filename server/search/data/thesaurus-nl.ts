/**
 * The shipped domain thesaurus (decision 128): words that practitioners in
 * labour-market integration use for the same thing. One entry per line:
 *   a, b, c        equivalent: each word also finds the others
 *   a => b, c      one way: a query for a also finds b and c, not back
 *                  (for a broader word and its narrower ones)
 *   a ~ b, c       related: each also finds the others, ranked lower (not the
 *                  same thing, but what belongs together; decision 172)
 * Words in lower case; a term of several words is searched as a phrase.
 * Moderators switch entries off and add their own on /beheer/zoekwoorden;
 * this file stays the default. Lines starting with # are comments.
 */
export const SHIPPED_THESAURUS = `
# mensen
statushouder, vergunninghouder, asielgerechtigde, asielstatushouder
vluchteling, statushouder
asielzoeker => vluchteling, statushouder
nieuwkomer => statushouder, vergunninghouder, vluchteling, gezinsmigrant, inburgeraar
inburgeraar, inburgeringsplichtige
arbeidsmigrant, eu-werknemer
ontheemde => vluchteling
ervaringsdeskundige, ervaringsexpert
werkzoekende, baanzoeker, werkloze
uitkeringsgerechtigde => bijstandsgerechtigde
bijstandsgerechtigde, bijstandsontvanger
# professionals
klantmanager, consulent, werkconsulent, casemanager, trajectbegeleider
werkcoach, jobcoach
praktijkopleider, werkbegeleider, leermeester
stagebegeleider, bpv-begeleider
recruiter, werver
werkgever => ondernemer, bedrijf, organisatie
ondernemer, zzp'er, zelfstandige
# stage en leren
stage, bpv, beroepspraktijkvorming, stageplek, stageplaats, bpv-plaats
werkervaringsplek, werkervaringsplaats, leerwerkplek, leerwerkplaats
werkervaringsplek => stage, proefplaatsing
leerwerkplek => stage, leerbaan
leerbaan, leerwerkbaan, bbl
snuffelstage, meeloopstage, oriëntatiestage
stage => snuffelstage, meeloopstage
erkend leerbedrijf, leerbedrijf
bpv ~ leerbedrijf, bbl
mbo, middelbaar beroepsonderwijs
hbo, hoger beroepsonderwijs
vsv, voortijdig schoolverlater
startkwalificatie, basiskwalificatie
nt2, nederlands als tweede taal
taalcoach, taalmaatje
# regelingen
lks, loonkostensubsidie
bijstand, bijstandsuitkering, participatiewet
participatiewet => bijstand, loonkostensubsidie, loonwaarde
uitkering => bijstandsuitkering, bijstand, ww-uitkering, wajong-uitkering
subsidie => loonkostensubsidie
# regelingen voor werkgevers die iemand met een arbeidsbeperking in dienst nemen
loonkostensubsidie ~ loondispensatie, no-riskpolis, premiekorting
proefplaatsing, proefplaats, werkproef
no-riskpolis, no-risk polis
wsw, sociale werkvoorziening
wet inburgering, wi2021, inburgeringswet
uwv, uitvoeringsinstituut werknemersverzekeringen
wsp, werkgeversservicepunt
evc, erkenning van verworven competenties
idw, diplomawaardering
# thema's
arbeidsmarktdiscriminatie, discriminatie op de arbeidsmarkt
stagediscriminatie, discriminatie bij stages
discriminatie, uitsluiting, ongelijke behandeling
werving en selectie, recruitment
onboarding, inwerken, inwerkperiode
mentoring, mentorschap, buddy
behoud, retentie
doorstroom, doorgroei, promotie
diversiteit, culturele diversiteit
inclusie, inclusiviteit
zelfeffectiviteit, zelfvertrouwen
re-integratie, reïntegratie
vakmanschap, vakkennis
laaggeletterdheid, laaggeletterd
cv, curriculum vitae
`;
