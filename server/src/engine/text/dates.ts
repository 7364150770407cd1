/** A month's name, whole or cut short: "July", "Jul", "Sept.". */
export const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?`;

/** A day of the week, whole or cut short: "Thursday", "Thu", "Tues". */
const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;

/**
 * A calendar date as teams write one, as the source of a regular expression (match it case-insensitively or on
 * lower-cased text): "2020-07-24", "24.07.2020", "7/24/20", "July 24, 2020", "Thursday 20 October 2022".
 */
export const DATE =
  String.raw`(?:${WEEKDAY}\.?,?\s+)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|` +
  String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4})`;

/**
 * A heading naming a period, as plans and OKR files head their key results: "Q1 2020", "2017 Q4 OKR", "H2 2024",
 * "FY25", "March 2021", "2020".
 */
export const PERIOD_HEADING = new RegExp(
  String.raw`\b(?:(?:q[1-4]|h[12])\s*['’]?(?:\d{4}|\d{2})|\d{4}\s*[-/]?\s*(?:q[1-4]|h[12])|fy\s*['’]?\d{2,4}|` +
    String.raw`${MONTH}\s+\d{4})\b|^\d{4}$`,
  'i',
);
