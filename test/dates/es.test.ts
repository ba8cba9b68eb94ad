import { describe } from "vitest";
import { runCases } from "./cases.js";

// Published on Sunday 2021-06-20.
describe("es dates, published 2021-06-20", () => {
  runCases("es", "2021-06-20", [
    ["El ataque ocurrió el 29 de marzo de 2020.", "2020-03-29", { basis: "stated", rule: "date:absolute", text: "29 de marzo de 2020" }],
    ["Un cohete alcanzó la base el 20 de junio.", "2021-06-20", { basis: "inferred" }],
    ["El ataque del 25 de junio dejó dos muertos.", "2020-06-25"],
    ["Fue atacado el pasado martes.", "2021-06-15", { rule: "date:weekday-past" }],
    ["Fue atacado el martes pasado.", "2021-06-15", { rule: "date:weekday-past" }],
    ["Las elecciones de este domingo.", "2021-06-20", { rule: "date:weekday" }],
    ["El pasado domingo hubo un atentado.", "2021-06-13"],
    ["El lunes por la noche estalló una bomba.", "2021-06-14", { text: "lunes por la noche" }],
    ["Drones atacaron la noche del sábado al domingo.", "2021-06-20", { rule: "date:night" }],
    ["Ayer murieron dos soldados.", "2021-06-19", { rule: "date:relative-day" }],
    ["El atentado fue anteayer.", "2021-06-18"],
    ["Kabul ha sufrido hoy el peor atentado.", "2021-06-20"],
    ["Esta mañana explotó un coche bomba.", "2021-06-20"],
    ["Anoche se oyeron disparos.", "2021-06-19"],
    ["Anunciaron hace diez días una recompensa.", "2021-06-10", { rule: "date:ago" }],
    ["El campo cayó hace dos semanas.", "2021-06-06", { precision: "week" }],
    ["Viven allí desde hace tres meses.", null],
    ["Los combates en junio desplazaron a miles.", "2021-06-01", { precision: "month" }],
    ["La ofensiva lanzada en julio fracasó.", "2020-07-01", { precision: "month" }],
    ["Los ataques en mayo de 2019 fueron graves.", "2019-05-01", { precision: "month", basis: "stated" }],
    ["Los bombardeos a mediados de abril.", "2021-04-01", { precision: "month" }],
    ["La semana pasada murieron diez.", "2021-06-07", { precision: "week" }],
    ["El año pasado hubo 300 ataques.", "2020-01-01", { precision: "year" }],
    ["Un joven de 20 años resultó herido.", null],
    ["El informe del 29/03/2020 fue filtrado.", "2020-03-29", { basis: "stated" }],
    ["Las tropas estuvieron durante dos años.", null],
    ["La ocupación comenzó en 2001.", "2001-01-01", { precision: "year" }],
    ["El 31 de junio no existe.", null],
    ["El mar estaba en calma.", null],
  ]);
});
