import type { Templates } from "./types.js";

const MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

/** Spanish templates of the synthetic benchmark corpus. */
export const es: Templates = {
  lang: "es",
  places: [["Culiacán", "México"], ["Tijuana", "México"], ["Cali", "Colombia"], ["Tumaco", "Colombia"], ["Popayán", "Colombia"], ["Guayaquil", "Ecuador"], ["Mogadiscio", "Somalia"], ["Kabul", "Afganistán"], ["Gao", "Malí"], ["Bagdad", "Irak"]],
  outlets: ["El Vigía del Sur", "Diario La Frontera", "Noticias del Pacífico", "Crónica Andina"],
  date: (d, m) => `{el ${d} de ${MESES[m]}|este ${d} de ${MESES[m]}|el domingo|la noche del lunes|el viernes por la mañana}`,
  titles: [
    "<n> muertos en {un ataque|una emboscada} contra {un puesto militar|una comisaría|un pueblo} cerca de <place>",
    "<country>: hombres armados matan a <n> civiles en <place>",
    "Una explosión cerca del mercado de <place> deja <n> muertos y <m> heridos",
    "<country>: un ataque con cohetes alcanza una base cerca de <place>",
  ],
  byline: ["- Con información de <agency>", "Redacción con <agency>", "- <agency>"],
  credit: ["Foto: <agency> / Archivo", "© <agency> / Fotógrafo", "Crédito: <agency>"],
  caption: ["Soldados patrullan cerca de <place> el 3 de marzo de 2019 (imagen de archivo).", "La carretera que lleva a <place>, en una foto de archivo de 2018."],
  follow: ["Síguenos en Telegram", "Sigue a <outlet> en Twitter y Facebook", "Suscríbete a nuestro boletín"],
  incidents: [
    "{Hombres armados|Presuntos sicarios|Atacantes no identificados} atacaron {una comisaría|un puesto militar|el mercado de un pueblo|una base del ejército} en <place>, <country>, <date>, y mataron a <n> {soldados|civiles|policías} e hirieron a otros <m>, {informaron las autoridades|dijo a <agency> un funcionario local|según un comunicado del ejército}.",
    "Un {artefacto explosivo|coche bomba|atacante suicida} {explotó|estalló} al paso de un {convoy|vehículo militar|autobús} cerca de <place> <date>, dejando al menos <n> muertos y <m> heridos, {según la policía|según fuentes hospitalarias}.",
    "<k> cohetes impactaron en la base {aérea|militar} de <place> <date>, según una fuente de seguridad. No se reportaron víctimas.",
    "Hombres armados secuestraron a <n> {estudiantes|campesinos|trabajadores} cerca de <place> <date>, según vecinos de la zona.",
    "Enfrentamientos entre {el ejército|las fuerzas de seguridad} y {rebeldes|disidentes armados|guerrilleros} cerca de <place> <date> dejaron <n> muertos, entre ellos <k> soldados, según una fuente militar.",
    "{Cientos|Miles} de manifestantes se concentraron en <place> <date> para exigir la liberación de <k> activistas detenidos; la policía lanzó gases lacrimógenos y <m> personas fueron detenidas.",
  ],
  details: [
    "La cifra de muertos podría aumentar, ya que <k> de los heridos están en estado grave, según un médico del hospital regional.",
    "Ningún grupo se ha atribuido el ataque por el momento.",
    "{El ejército|El gobierno} afirmó que <k> {atacantes|criminales} murieron en los {combates|tiroteos} posteriores.",
    "Según los vecinos, los atacantes llegaron en unas <m> motocicletas e incendiaron <k> viviendas antes de huir.",
    "Entre las víctimas hay <k> mujeres y <k> niños, según una organización local.",
  ],
  context: [
    "El país ha desplegado unos <t> soldados en la región desde <year>.",
    "En total, <a> ataques han tenido como blanco a {las fuerzas de seguridad|civiles|tropas extranjeras} en la zona desde principios de año.",
    "El gobierno anunció una ayuda de emergencia de <money> millones de dólares para las familias de las víctimas.",
    "Más de <t> personas han huido de sus hogares en la provincia en los últimos <k> meses, según las Naciones Unidas.",
    "La violencia ha dejado más de <t> muertos desde <year>, según el recuento de una ONG.",
  ],
  quotes: [
    "\"Escuchamos <k> explosiones y luego disparos durante casi una hora\", relató un vecino a <outlet>.",
    "\"La situación está bajo control\", aseguró el gobernador de la región el {lunes|miércoles} en un mensaje televisado.",
  ],
  related: ["Lea también: <n> muertos en una nueva ola de ataques", "Te puede interesar: lo que se sabe de la violencia en la región", "Publicidad"],
  cookie: [
    "Utilizamos cookies para mejorar su experiencia. Al hacer clic en \"Aceptar todo\", usted acepta el uso de cookies y nuestra política de privacidad. Puede gestionar sus preferencias en cualquier momento.",
    "Este sitio utiliza cookies propias y de terceros. Aceptar todo | Rechazar todo | Configurar. Consulte nuestra política de cookies.",
  ],
};
