import { describe } from "vitest";
import { runCases } from "./cases.js";

// Published on Sunday 2021-06-20.
describe("en dates, published 2021-06-20", () => {
  runCases("en", "2021-06-20", [
    ["The base was hit on March 29, 2020.", "2020-03-29", { basis: "stated", rule: "date:absolute" }],
    ["Soldiers patrol on 29 March 2020 in Iraq (file photo).", "2020-03-29", { basis: "stated" }],
    ["A rocket hit the base on June 20.", "2021-06-20", { basis: "inferred", rule: "date:day-month" }],
    ["The June 25 attack killed two.", "2020-06-25"],
    ["Gunmen attacked the village on Sunday.", "2021-06-20", { rule: "date:weekday" }],
    ["The convoy was ambushed last Tuesday.", "2021-06-15", { rule: "date:weekday-past" }],
    ["Police said on Wednesday that four died.", "2021-06-16"],
    ["The blast struck Friday afternoon.", "2021-06-18", { text: "Friday afternoon" }],
    ["Drones struck overnight Saturday to Sunday.", "2021-06-20", { rule: "date:night" }],
    ["Two soldiers were killed yesterday.", "2021-06-19", { rule: "date:relative-day" }],
    ["Today the toll rose to nine.", "2021-06-20"],
    ["A mortar hit the camp this morning.", "2021-06-20"],
    ["Shelling resumed last night.", "2021-06-19"],
    ["The attack took place the day before yesterday.", "2021-06-18"],
    ["They announced a reward ten days ago.", "2021-06-10", { rule: "date:ago" }],
    ["The town fell a week ago.", "2021-06-13", { precision: "week" }],
    ["Fighting in June displaced thousands.", "2021-06-01", { precision: "month", basis: "inferred" }],
    ["The offensive launched in July stalled.", "2020-07-01", { precision: "month" }],
    ["Last week, an ambush killed ten.", "2021-06-07", { precision: "week" }],
    ["Last month, rebels seized the airport.", "2021-05-01", { precision: "month" }],
    ["Strikes in mid-April hit the base.", "2021-04-01", { precision: "month" }],
    ["Troops have been deployed for two years.", null],
    ["Attacks have risen since March.", null],
    ["They may march to the capital.", null],
    ["A 35-year-old man was wounded.", null],
    ["The withdrawal was completed in 2014.", "2014-01-01", { precision: "year", basis: "stated" }],
    ["Kabul, Afghanistan on Tuesday, June 15, 2010 Photo: AP", "2010-06-15", { text: "Tuesday, June 15, 2010", basis: "stated" }],
    ["The report dated 6/15/2010 was leaked.", "2010-06-15"],
    ["Elections are due in 2030.", null],
  ]);
});
