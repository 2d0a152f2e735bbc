// A seeded corpus of UK agency date strings with known answers, for the date benchmark.
// Each answer is the Europe/London wall-clock start and end of what the text means.

import { monthLong as months } from "../src/testing/calendar.js";
import { createRandom } from "../src/testing/random.js";

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

export interface CorpusEntry {
  text: string;
  family: string;
  start: WallTime;
  /** Exclusive end, as a wall time. */
  end: WallTime;
  /** Whether the text names a time of day. */
  timed: boolean;
}

const short = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number): string => String(n).padStart(2, "0");
const ordinal = (n: number): string =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;
const dim = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function nextDay(w: WallTime): WallTime {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
function plusDays(w: WallTime, n: number): WallTime {
  const d = new Date(Date.UTC(w.year, w.month - 1, w.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
const monthStart = (y: number, m: number): WallTime =>
  m > 12 ? { year: y + 1, month: m - 12, day: 1 } : { year: y, month: m, day: 1 };

type Maker = (r: () => number, day: WallTime) => Omit<CorpusEntry, "family">;

const dayOnly = (text: string, day: WallTime): Omit<CorpusEntry, "family"> => ({
  text,
  start: day,
  end: nextDay(day),
  timed: false,
});

const times: readonly [string, number, number][] = [
  ["14:05", 14, 5],
  ["1405", 14, 5],
  ["2.05pm", 14, 5],
  ["11.36am", 11, 36],
  ["noon", 12, 0],
  ["midnight", 0, 0],
  ["23:52", 23, 52],
  ["09:30", 9, 30],
  ["7.15pm", 19, 15],
  ["0645", 6, 45],
];

/** Every style of the issue, with how often it appears. */
const makers: readonly [string, number, Maker][] = [
  ["dd/mm/yyyy", 10, (_r, d) => dayOnly(`${pad(d.day)}/${pad(d.month)}/${d.year}`, d)],
  ["d/m/yy", 6, (_r, d) => dayOnly(`${d.day}/${d.month}/${pad(d.year % 100)}`, d)],
  ["dd.mm.yyyy", 6, (_r, d) => dayOnly(`${pad(d.day)}.${pad(d.month)}.${d.year}`, d)],
  ["dd-mm-yyyy", 4, (_r, d) => dayOnly(`${pad(d.day)}-${pad(d.month)}-${d.year}`, d)],
  ["dd.mm/yy (mistyped)", 2, (_r, d) => dayOnly(`${pad(d.day)}.${pad(d.month)}/${pad(d.year % 100)}`, d)],
  ["15th July 2007", 6, (_r, d) => dayOnly(`${ordinal(d.day)} ${months[d.month - 1]} ${d.year}`, d)],
  ["2 May 2006", 6, (_r, d) => dayOnly(`${d.day} ${months[d.month - 1]} ${d.year}`, d)],
  [
    "Monday 2 May 2006",
    3,
    (_r, d) => {
      const wd = weekdays[new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay()];
      return dayOnly(`${wd} ${d.day} ${months[d.month - 1]} ${d.year}`, d);
    },
  ],
  [
    "22-may-16",
    4,
    (_r, d) => dayOnly(`${d.day}-${short[d.month - 1]!.toLowerCase()}-${pad(d.year % 100)}`, d),
  ],
  ["May 2, 2006", 2, (_r, d) => dayOnly(`${months[d.month - 1]} ${d.day}, ${d.year}`, d)],
  ["ISO date", 4, (_r, d) => dayOnly(`${d.year}-${pad(d.month)}-${pad(d.day)}`, d)],
  [
    "ISO date-time",
    2,
    (r, d) => {
      const h = Math.floor(r() * 24);
      const mi = Math.floor(r() * 60);
      return timed(`${d.year}-${pad(d.month)}-${pad(d.day)}T${pad(h)}:${pad(mi)}`, d, h, mi);
    },
  ],
  [
    "date + time",
    8,
    (r, d) => {
      const [t, h, mi] = times[Math.floor(r() * times.length)]!;
      return timed(`${pad(d.day)}/${pad(d.month)}/${d.year} ${t}`, d, h, mi);
    },
  ],
  [
    "words + at time",
    3,
    (r, d) => {
      const [t, h, mi] = times[Math.floor(r() * times.length)]!;
      return timed(`${d.day} ${months[d.month - 1]} ${d.year} at ${t}`, d, h, mi);
    },
  ],
  ["?dd/mm/yyyy", 2, (_r, d) => dayOnly(`?${pad(d.day)}/${pad(d.month)}/${d.year}`, d)],
  ["March 2019", 5, (_r, d) => month(`${months[d.month - 1]} ${d.year}`, d)],
  ["Mar-19", 3, (_r, d) => month(`${short[d.month - 1]}-${pad(d.year % 100)}`, d)],
  [
    "2016",
    3,
    (_r, d) => ({
      text: `${d.year}`,
      start: { year: d.year, month: 1, day: 1 },
      end: { year: d.year + 1, month: 1, day: 1 },
      timed: false,
    }),
  ],
  [
    "c. 2015",
    2,
    (_r, d) => ({
      text: `c. ${d.year}`,
      start: { year: d.year, month: 1, day: 1 },
      end: { year: d.year + 1, month: 1, day: 1 },
      timed: false,
    }),
  ],
  [
    "Spring 2018",
    2,
    (r, d) => {
      const i = Math.floor(r() * 4);
      const name = ["Spring", "Summer", "Autumn", "Winter"][i]!;
      const first = [3, 6, 9, 12][i]!;
      return {
        text: `${name} ${d.year}`,
        start: monthStart(d.year, first),
        end: monthStart(d.year, first + 3),
        timed: false,
      };
    },
  ],
  [
    "early/mid/late June",
    2,
    (r, d) => {
      const third = Math.floor(r() * 3);
      const word = ["early", "mid", "late"][third]!;
      const start = { year: d.year, month: d.month, day: 1 + third * 10 };
      const end =
        third === 2
          ? monthStart(d.year, d.month + 1)
          : { year: d.year, month: d.month, day: 11 + third * 10 };
      return { text: `${word} ${months[d.month - 1]} ${d.year}`, start, end, timed: false };
    },
  ],
  [
    "November / December",
    1,
    (_r, d) => {
      const m = Math.min(d.month, 11);
      return {
        text: `${months[m - 1]} / ${months[m]} ${d.year}`,
        start: { year: d.year, month: m, day: 1 },
        end: monthStart(d.year, m + 2),
        timed: false,
      };
    },
  ],
  [
    "w/c dd/mm/yyyy",
    2,
    (_r, d) => ({
      text: `w/c ${pad(d.day)}/${pad(d.month)}/${d.year}`,
      start: d,
      end: plusDays(d, 7),
      timed: false,
    }),
  ],
  [
    "between ... and ...",
    1,
    (r, d) => {
      const later = plusDays(d, 1 + Math.floor(r() * 60));
      const text = `between ${d.day} ${months[d.month - 1]} ${d.year} and ${later.day} ${months[later.month - 1]} ${later.year}`;
      return { text, start: d, end: nextDay(later), timed: false };
    },
  ],
];

function timed(text: string, d: WallTime, hour: number, minute: number): Omit<CorpusEntry, "family"> {
  const start = { ...d, hour, minute };
  const endMinute = minute + 1;
  const end = endMinute === 60 ? { ...d, hour: hour + 1, minute: 0 } : { ...d, hour, minute: endMinute };
  return { text, start, end, timed: true };
}

function month(text: string, d: WallTime): Omit<CorpusEntry, "family"> {
  return {
    text,
    start: { year: d.year, month: d.month, day: 1 },
    end: monthStart(d.year, d.month + 1),
    timed: false,
  };
}

/**
 * Generates `size` date strings in the styles with their answers, from a seed.
 * Days run from 1951 to 2049 so that two-digit years are unambiguous under the default pivot (50).
 */
export function dateCorpus(size: number, seed = 20_260_101): CorpusEntry[] {
  const r = createRandom(seed).next;
  const total = makers.reduce((sum, [, weight]) => sum + weight, 0);
  const corpus: CorpusEntry[] = [];
  for (let i = 0; i < size; i++) {
    let pick = r() * total;
    let chosen = makers[0]!;
    for (const maker of makers) {
      pick -= maker[1];
      if (pick < 0) {
        chosen = maker;
        break;
      }
    }
    const year = 1951 + Math.floor(r() * 99);
    const monthNumber = 1 + Math.floor(r() * 12);
    const day = { year, month: monthNumber, day: 1 + Math.floor(r() * dim(year, monthNumber)) };
    corpus.push({ family: chosen[0], ...chosen[2](r, day) });
  }
  return corpus;
}
