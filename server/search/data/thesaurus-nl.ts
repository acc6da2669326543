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
# round 5 (decision 200): the field's vocabulary, entry by entry (werkagenda, Participatiewet, UWV, inburgering)
# arbeidsbeperking en regelingen
arbeidsgehandicapt, arbeidsgehandicapte, arbeidsbeperkt, arbeidsbeperkte, arbeidsbeperking, arbeidshandicap
arbeidsongeschiktheid, arbeidsongeschikt
banenafspraak, baanafspraak, wet banenafspraak
banenafspraak ~ doelgroepregister, garantiebaan, quotumregeling
doelgroepregister, doelgroep banenafspraak
beschut werk, beschutte werkplek, beschutte arbeid, beschutte werkplaats
beschut werk ~ sociale werkvoorziening, dagbesteding
sociale werkvoorziening, sociaal werkbedrijf, sw-bedrijf, wsw-bedrijf
dagbesteding ~ arbeidsmatige dagbesteding
jobcoach, job coach
jobcoach ~ jobcoaching, begeleid werken
werkfit, werkfitheid
werkfit ~ re-integratie
re-integratie, reintegratie, re-integratietraject, reintegratietraject
re-integratie ~ arbeidstoeleiding, toeleiding naar werk, werkfit
bemiddeling, arbeidsbemiddeling
bemiddeling ~ matching
loonwaarde ~ loonwaardemeting, arbeidsvermogen
loonwaardemeting, loonwaardebepaling
jobcarving, job carving
jobcarving ~ functiecreatie, inclusief herontwerp van werk
ww, werkloosheidswet, ww-uitkering, werkloosheidsuitkering
wia, wet werk en inkomen naar arbeidsvermogen
wia ~ wga, iva, arbeidsongeschiktheid
wajong, wajong-uitkering
wajong ~ wajonger, jonggehandicapte
werkloosheid, werkeloosheid
werkloze, werkeloze
# leren en werken
praktijkroute ~ praktijkleren, praktijkverklaring, leerwerktraject
praktijkleren, leren in de praktijk
praktijkleren ~ werkplekleren
werkplekleren, leren op de werkplek
leerwerktraject, leer-werktraject, leerwerkprogramma
leerwerktraject ~ leerwerkplek, bbl, werkend leren
werkend leren, leren en werken
werkend leren ~ bbl, leerwerkgemeenschap
bbl, beroepsbegeleidende leerweg
bol, beroepsopleidende leerweg
bbl ~ bol
roc, regionaal opleidingencentrum, mbo-instelling
roc ~ mbo
vmbo, voorbereidend middelbaar beroepsonderwijs
entreeopleiding, entree-opleiding, mbo niveau 1
praktijkonderwijs ~ voortgezet speciaal onderwijs, vso
praktijkverklaring ~ evc, mbo-certificaat
mbo-certificaat, deelcertificaat
leven lang ontwikkelen, leven lang leren
stap-budget, stapbudget
omscholing ~ bijscholing
loopbaan, carrière, carriere
loopbaanbegeleiding, loopbaanadvies, loopbaancoaching
sollicitatietraining, sollicitatiecursus
sollicitatiebrief, motivatiebrief
werkervaring, arbeidservaring
arbeidsvaardigheden, werknemersvaardigheden
werknemersvaardigheden ~ werkhouding, soft skills
digitale vaardigheden, digivaardigheid, digitale geletterdheid
laaggeletterdheid, laaggeletterde
taalachterstand ~ laaggeletterdheid
lerend netwerk, leernetwerk, lerende netwerken
lerend netwerk ~ kennisnetwerk, leergemeenschap, leerwerkgemeenschap, community of practice
mentor ~ buddy, maatje, coach
buddy, maatje, werkmaatje
buddyprogramma, buddytraject, maatjesproject, maatjestraject
mentorprogramma, mentortraject, mentoraat
# inburgering en taal
wet inburgering 2021, wet inburgering
inburgering, inburgeringstraject
inburgering ~ inburgeringsexamen, participatieverklaringstraject, inburgeringsplicht
participatieverklaringstraject, pvt
b1-route, b1 route
z-route, zelfredzaamheidsroute
b1-route ~ z-route, onderwijsroute
taaleis, taalvereiste
taaleis ~ taalniveau
taalcursus, taalles, taaltraining, taalklas
nt2 ~ taalles, taalcursus
taalmaatje, taalvrijwilliger
gebarentaal, nederlandse gebarentaal, ngt
gebarentolk, tolk gebarentaal
doof ~ slechthorend, gebarentaal
slechtziend ~ visuele beperking
autisme, autismespectrumstoornis
psychische kwetsbaarheid ~ psychische aandoening, ggz
ggz, geestelijke gezondheidszorg
lvb, licht verstandelijke beperking
nah, niet-aangeboren hersenletsel
tewerkstellingsvergunning, twv, werkvergunning
werkvergunning ~ verblijfsvergunning, gecombineerde vergunning
verblijfsvergunning, verblijfsstatus
azc, asielzoekerscentrum
coa, centraal orgaan opvang asielzoekers
ind, immigratie- en naturalisatiedienst
amv, alleenstaande minderjarige vreemdeling
gezinsmigrant ~ nareiziger, gezinshereniger
# arbeidsmigratie en uitzendwerk
arbeidsmigratie ~ arbeidsmigrant
arbeidsmigrant ~ moe-lander, seizoenswerker, buitenlandse werknemer, oost-europese werknemer
seizoenswerker, seizoenarbeider, seizoenskracht
arbeidskracht, werkkracht
arbeidskracht ~ werknemer, personeel
uitzendbureau, uitzendorganisatie, uitzendbedrijf, uitzendonderneming, uitzender
uitzendbureau ~ uitzendbranche, uitzendsector, detacheringsbureau
uitzendkracht, uitzendwerknemer, flexkracht
uitzendwerk ~ flexwerk, uitzendkracht
wervingsbureau, recruitmentbureau, werving- en selectiebureau
# werkgevers en hun dienstverlening
werkgeversservicepunt, werkgeverservicepunt
werkgeversservicepunt ~ werkgeversdienstverlening, arbeidsmarktregio
werkgeversdienstverlening, werkgeversbenadering
arbeidsmarktregio, arbeidsregio
arbeidsmarktregio ~ regionaal werkbedrijf, regionaal mobiliteitsteam
regionaal mobiliteitsteam, rmt
jobhunter, job hunter, vacaturejager
jobhunter ~ accountmanager, werkgeversadviseur
accountmanager ~ werkgeversadviseur, werkgeversconsulent
werkgeversadviseur, werkgeversconsulent
sociale dienst, werk en inkomen
mkb, midden- en kleinbedrijf
zzp'er, zzp, zelfstandige zonder personeel
baan, job, betrekking
werknemer, medewerker, personeelslid
vacature, openstaande functie
personeelsbeleid, hr-beleid
personeelsbeleid ~ diversiteitsbeleid
hr, hrm, personeelszaken, human resources
personeelstekort, tekort aan personeel
personeelstekort ~ krapte op de arbeidsmarkt, arbeidsmarktkrapte
arbeidsmarktkrapte, krapte op de arbeidsmarkt
cao, collectieve arbeidsovereenkomst
arbeidscontract, arbeidsovereenkomst
vast contract, vaste aanstelling, vast dienstverband
nulurencontract ~ oproepcontract, min-maxcontract
minimumloon, wettelijk minimumloon, wml
ziekteverzuim, verzuim
arbo, arbeidsomstandigheden
bedrijfsarts, arboarts
duurzame inzetbaarheid ~ inzetbaarheid
oudere werknemer, 50-plusser, vijftigplusser, 55-plusser
# diversiteit, inclusie en discriminatie
diversiteitsbeleid, diversiteitsplan, diversiteitsstrategie
diversiteitsbeleid ~ inclusiebeleid, divers personeelsbeleid, inclusief personeelsbeleid
divers personeelsbeleid, divers personeelsbestand
inclusief werkgeverschap, inclusieve werkgever, inclusief ondernemen
inclusief werkgeverschap ~ diversiteitsbeleid, sociaal ondernemen, mvo, inclusieve arbeidsmarkt
inclusieve arbeidsmarkt ~ inclusie
mvo, maatschappelijk verantwoord ondernemen
sociale onderneming, sociaal ondernemer
social return, social return on investment, sroi
social return ~ inclusief werkgeverschap
anoniem solliciteren, anoniem werven, anonieme sollicitatie
anoniem solliciteren ~ cv-loos werven, open hiring
vooroordeel, vooroordelen, stereotype, stereotypen, stereotypering, vooringenomenheid
vooroordeel ~ discriminatie
onbewuste vooroordelen, impliciete vooroordelen, unconscious bias
racisme ~ discriminatie
stagediscriminatie, stage-discriminatie
afkomst, herkomst
migratieachtergrond ~ afkomst, etniciteit
meldpunt discriminatie, antidiscriminatievoorziening
college voor de rechten van de mens, mensenrechtencollege
# zorg thuis en geld
kinderopvang => kinderdagverblijf, bso, buitenschoolse opvang, gastouder
bso, buitenschoolse opvang
kinderopvang ~ kinderopvangtoeslag
schuldhulpverlening, schuldhulp, schuldendienstverlening
schuldhulpverlening => schuldsanering, schuldregeling
# round 6 (decision 204): arbeidsvoorwaarden, krapte, taal, loopbaan, geloof
personeelstekort ~ tekortsector, knelpuntberoep, krapteberoep, moeilijk vervulbare vacature
krapte op de arbeidsmarkt ~ tekortsector, knelpuntberoep, krapteberoep
tekortsector, krapteberoep, knelpuntberoep
loon, salaris, beloning
loonkloof, beloningsverschil, loonverschil
gelijke beloning ~ loonkloof
deeltijd, parttime, deeltijdwerk, deeltijdbaan
voltijd, fulltime, voltijdbaan
arbeidsvoorwaarden ~ cao, loon, vakantiegeld, proeftijd, opzegtermijn, pensioen
ontslag ~ opzegtermijn, ontslagvergoeding, transitievergoeding
vast contract, contract voor onbepaalde tijd, vaste aanstelling
tijdelijk contract, contract voor bepaalde tijd, jaarcontract
oproepcontract, nulurencontract, min-maxcontract, flexcontract
flexwerk, flexibele arbeid
flexwerker, flexkracht
vakbond, werknemersorganisatie
werkgeversorganisatie, werkgeversvereniging, brancheorganisatie
laaggeletterdheid ~ analfabetisme, geletterdheid, basisvaardigheden
analfabeet => laaggeletterde
taalniveau, taalvaardigheid
gelijke kansen, kansengelijkheid
ongelijke kansen, kansenongelijkheid
gelijke behandeling ~ discriminatie
hoofddoek, hoofddoekje, hidjab, hijab
geloof, religie, godsdienst, geloofsovertuiging
geloof ~ levensbeschouwing, geloofsuiting
seizoenswerk, seizoensarbeid, seizoenwerk
seizoenswerk ~ seizoenswerker, seizoenarbeider
voortijdig schoolverlater ~ startkwalificatie, thuiszitter
loopbaan, carrière
doorstroom ~ promotie, doorgroeien, loopbaan
thuiswerken, hybride werken, plaatsonafhankelijk werken
arbeidsongeschikt ~ wia, ziek
werkloosheid ~ ww, werkloos
sollicitatiegesprek, sollicitatie-interview, selectiegesprek
# landen van herkomst: het land en het bijvoeglijk naamwoord ("Syrische statushouders" is "statushouders uit Syrië")
syrië, syrisch, syrische, syriër
eritrea, eritrees, eritrese, eritreeër
oekraïne, oekraïens, oekraïense, oekraïner
polen, pools, poolse
roemenië, roemeens, roemeense, roemeen
bulgarije, bulgaars, bulgaarse, bulgaar
turkije, turks, turkse
marokko, marokkaans, marokkaanse, marokkaan
afghanistan, afghaans, afghaanse, afghaan
somalië, somalisch, somalische, somaliër
irak, iraaks, iraakse, irakees
iran, iraans, iraanse, iraniër
suriname, surinaams, surinaamse, surinamer
azc ~ asielzoeker
# onderwijs, loopbaan en leiderschap (decision 204)
lob, loopbaanoriëntatie
studiekeuze ~ loopbaanoriëntatie, beroepskeuze, opleidingskeuze
beroepskeuze, beroepenoriëntatie
hogeschool => hbo
universiteit, wo, wetenschappelijk onderwijs
hoogopgeleid, hoger opgeleid, hoogopgeleide, hoger opgeleide
laagopgeleid, lager opgeleid, laaggeschoold, praktisch opgeleid
havo, hoger algemeen voortgezet onderwijs
vwo, voorbereidend wetenschappelijk onderwijs
cultuursensitief, cultuursensitiviteit, interculturele competenties
intercultureel ~ cultuursensitief, diversiteit
leidinggevende, manager, teamleider
inclusief leiderschap ~ cultuursensitief leidinggeven, leidinggevende
ambassadeur, boegbeeld
rolmodel ~ ambassadeur
werkcultuur, bedrijfscultuur, organisatiecultuur
# bestaanszekerheid en gezondheid
armoede ~ schulden, laag inkomen, bestaanszekerheid
huisvesting, woning, woonruimte, onderdak
psychische klachten, psychische problemen, mentale gezondheid, ggz-problematiek
trauma ~ psychische klachten, ggz
mantelzorg, mantelzorger
# gezin, studie en leeftijd (decision 204)
nareiziger ~ gezinshereniging, gezinsmigrant
gezinshereniging, gezinsvorming
ouderbetrokkenheid, ouderparticipatie, betrokkenheid van ouders
leeftijdsdiscriminatie, discriminatie op leeftijd
leeftijdsdiscriminatie ~ oudere werknemer, vijftigplusser
studiefinanciering, stufi
vluchtelingstudent, vluchteling-student, studerende vluchteling
uaf ~ vluchtelingstudent
mbo-certificaat ~ praktijkverklaring, deelkwalificatie
certificaat, certificering
zwangerschapsverlof, bevallingsverlof
burn-out, burnout, overspannen
burn-out ~ werkdruk, stress
lhbti, lhbtiq, lhbtiq+, lhbt
# rond het werk: vervoer, geld, talen
reiskosten ~ vervoer, woon-werkverkeer, openbaar vervoer
vervoer, reizen, transport
ov, openbaar vervoer
tolk, vertaler
meertaligheid, meertalig
loonstrook, salarisstrook, loonstrookje
belasting ~ belastingdienst, toeslagen
stagiair, stagiaire, stagiairs
stagiair ~ stage, stageplek
sociale werkvoorziening, sociaal ontwikkelbedrijf, sw-bedrijf
ploegendienst, wisseldienst, ploegenrooster
# round 7 (decision 225): medezeggenschap, drempels en selectie, erkenning van beroepen, spreiding
# en huisvesting van statushouders, inburgering, loopbaanoriëntatie, verlof, rijbewijs, ict
or => ondernemingsraad
medezeggenschap => ondernemingsraad, personeelsvertegenwoordiging, medezeggenschapsraad
personeelsvertegenwoordiging, pvt
ondernemingsraad ~ instemmingsrecht, adviesrecht
barrière, drempel, belemmering
taalbarrière, taaldrempel
selectietest => capaciteitentest, persoonlijkheidstest, assessment
capaciteitentest, intelligentietest
capaciteitentest ~ assessment, persoonlijkheidstest
big-registratie, big-register
big-registratie ~ beroepskwalificatie, diplomawaardering
gereglementeerd beroep ~ beroepskwalificatie, big-registratie
spreidingsbeleid, spreiding van statushouders
spreidingsbeleid ~ huisvesting, taakstelling, koppeling, kansrijke koppeling
kansrijke koppeling, kansrijk koppelen
huisvesting ~ taakstelling
huis ~ woning, woonruimte
inburgeringsplan, pip, persoonlijk plan inburgering en participatie
inburgeringsplan ~ inburgering
loopbaanoriëntatie ~ snuffelstage, meeloopdag, gastles, beroepenvoorlichting
vakantiedagen, verlofdagen, vrije dagen
verlof ~ vakantie, vakantiedagen
calamiteitenverlof, kort verzuimverlof, bijzonder verlof
onbetaald verlof, verlof zonder behoud van loon
personeel aannemen => werving
rijbewijs ~ rijles, cbr
rijles, rijopleiding
webontwikkelaar, webdeveloper
programmeur, softwareontwikkelaar, developer
`;
