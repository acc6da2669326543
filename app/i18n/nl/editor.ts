export const editor = {
  toolbar: "Opmaak",
  bold: "Vet",
  italic: "Cursief",
  underline: "Onderstrepen",
  code: "Code",
  link: "Link toevoegen",
  unlink: "Link weghalen",
  linkPrompt: "Adres van de link (begint met https://)",
  linkInvalid: "Een link moet beginnen met https://, http:// of mailto:.",
  heading2: "Kop H2",
  heading3: "Tussenkop H3",
  bulletList: "Opsomming",
  numberedList: "Genummerde lijst",
  quote: "Citaat",
  codeBlock: "Codeblok",
  insertTable: "Tabel invoegen",
  undo: "Ongedaan maken",
  redo: "Opnieuw",
  hint: "Tekstvak met opmaak. Gebruik de werkbalk met de pijltjestoetsen.",
};

export const richtext = {
  invalid: "Deze tekst kunnen we niet opslaan. Probeer het opnieuw.",
  tooLong: "Deze tekst is te lang.",
  empty: "Schrijf eerst iets.",
  tooComplex: "Deze tekst heeft te veel opmaak.",
  invalidCharacters: "Deze tekst bevat een teken dat we niet kunnen opslaan. Haal het weg en probeer het opnieuw.",
};
