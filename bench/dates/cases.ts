/**
 * Date expressions in news sentences (written for this bench, not taken from any corpus), each
 * with the article's publication date and the resolution a careful reader gives it: the value
 * by granularity (day 2024-03-12, ISO week 2024-W10, month 2024-03, year 2024) and, where the
 * words carry one, the qualifier. `words` is the expression as it stands in the sentence.
 * Publication days used: 2024-03-14 Thu, 2023-10-30 Mon, 2021-01-06 Wed, 2020-07-19 Sun, 2022-12-02 Fri.
 */
export interface DateCase {
  readonly pub: string;
  readonly text: string;
  readonly words: string;
  readonly value: string;
  readonly granularity: 'day' | 'week' | 'month' | 'year';
  readonly qualifier?: 'early' | 'mid' | 'late' | 'earlier' | 'later';
}

const A = '2024-03-14';
const B = '2023-10-30';
const C = '2021-01-06';
const D = '2020-07-19';
const E = '2022-12-02';

export const DATE_CASES: readonly DateCase[] = [
  { pub: A, text: 'The minister resigned on Tuesday, two aides said.', words: 'Tuesday', value: '2024-03-12', granularity: 'day' },
  { pub: A, text: 'Talks between the unions and the ministry collapsed last week.', words: 'last week', value: '2024-W10', granularity: 'week' },
  { pub: A, text: 'Food prices rose sharply in January.', words: 'January', value: '2024-01', granularity: 'month' },
  { pub: A, text: 'She announced earlier this month that she would run again.', words: 'earlier this month', value: '2024-03', granularity: 'month', qualifier: 'earlier' },
  { pub: A, text: 'Rockets were fired at the port Sunday night, the army said.', words: 'Sunday night', value: '2024-03-10', granularity: 'day' },
  { pub: A, text: 'The truce agreed on October 7 has largely held.', words: 'October 7', value: '2023-10-07', granularity: 'day' },
  { pub: A, text: 'Protests erupted across the north in late October.', words: 'late October', value: '2023-10', granularity: 'month', qualifier: 'late' },
  { pub: A, text: 'He left the party three years ago after a row over funding.', words: 'three years ago', value: '2021', granularity: 'year' },
  { pub: A, text: 'The militia was founded in 2019 by former police officers.', words: '2019', value: '2019', granularity: 'year' },
  { pub: A, text: 'Parliament will vote on the bill next week.', words: 'next week', value: '2024-W12', granularity: 'week' },
  { pub: A, text: 'The referendum was held on March 20 amid a boycott.', words: 'March 20', value: '2023-03-20', granularity: 'day' },
  { pub: A, text: 'Inflation peaked in mid-2023 before easing.', words: 'mid-2023', value: '2023', granularity: 'year', qualifier: 'mid' },
  { pub: A, text: 'The company said yesterday it would cut 400 jobs.', words: 'yesterday', value: '2024-03-13', granularity: 'day' },
  { pub: A, text: 'Officials from both sides met on Friday in Doha.', words: 'Friday', value: '2024-03-08', granularity: 'day' },
  { pub: A, text: 'Last month, the court ruled against him.', words: 'Last month', value: '2024-02', granularity: 'month' },
  { pub: A, text: 'The data-protection law passed last year.', words: 'last year', value: '2023', granularity: 'year' },
  { pub: A, text: 'The audit, published two weeks ago, found gaps.', words: 'two weeks ago', value: '2024-W09', granularity: 'week' },
  { pub: A, text: 'Elections are expected later this year.', words: 'later this year', value: '2024', granularity: 'year', qualifier: 'later' },
  { pub: A, text: 'The deal was signed on Dec. 12 in Geneva.', words: 'Dec. 12', value: '2023-12-12', granularity: 'day' },
  { pub: A, text: 'The strike began on 5 February and spread to the ports.', words: '5 February', value: '2024-02-05', granularity: 'day' },
  { pub: A, text: 'He was detained on Monday morning at the airport.', words: 'Monday morning', value: '2024-03-11', granularity: 'day' },
  { pub: A, text: 'The bill was introduced in November 2022.', words: 'November 2022', value: '2022-11', granularity: 'month' },
  { pub: A, text: 'On 1 March 2024, troops crossed the border.', words: '1 March 2024', value: '2024-03-01', granularity: 'day' },
  { pub: A, text: 'Today the ministry published the figures.', words: 'Today', value: '2024-03-14', granularity: 'day' },
  { pub: A, text: 'The outbreak began in early February in two villages.', words: 'early February', value: '2024-02', granularity: 'month', qualifier: 'early' },
  { pub: A, text: 'The summit ended on Wednesday without a statement.', words: 'Wednesday', value: '2024-03-13', granularity: 'day' },
  { pub: A, text: 'The singer died on Saturday, her label said.', words: 'Saturday', value: '2024-03-09', granularity: 'day' },
  { pub: B, text: 'Gunmen attacked the border towns on October 7.', words: 'October 7', value: '2023-10-07', granularity: 'day' },
  { pub: B, text: 'The army said on Sunday it had struck 450 targets.', words: 'Sunday', value: '2023-10-29', granularity: 'day' },
  { pub: B, text: 'Fighting in the south intensified last week.', words: 'last week', value: '2023-W43', granularity: 'week' },
  { pub: B, text: 'The hostages were taken three weeks ago.', words: 'three weeks ago', value: '2023-W41', granularity: 'week' },
  { pub: B, text: 'In September, the talks stalled over sanctions.', words: 'September', value: '2023-09', granularity: 'month' },
  { pub: B, text: 'The envoy visited the capital in August.', words: 'August', value: '2023-08', granularity: 'month' },
  { pub: B, text: 'The grain agreement expires in December.', words: 'December', value: '2023-12', granularity: 'month' },
  { pub: B, text: 'A second round is due on November 12.', words: 'November 12', value: '2023-11-12', granularity: 'day' },
  { pub: B, text: 'The president spoke on Saturday night from his office.', words: 'Saturday night', value: '2023-10-28', granularity: 'day' },
  { pub: B, text: 'Earlier this year, the central bank raised rates twice.', words: 'Earlier this year', value: '2023', granularity: 'year', qualifier: 'earlier' },
  { pub: B, text: 'The steel plant closed in 2008 and never reopened.', words: '2008', value: '2008', granularity: 'year' },
  { pub: B, text: 'Since 2015, the movement has grown tenfold.', words: '2015', value: '2015', granularity: 'year' },
  { pub: B, text: 'The war began in February 2022.', words: 'February 2022', value: '2022-02', granularity: 'month' },
  { pub: B, text: 'The ministry announced the plan on Oct. 2.', words: 'Oct. 2', value: '2023-10-02', granularity: 'day' },
  { pub: B, text: 'A year ago, the city was calm.', words: 'A year ago', value: '2022', granularity: 'year' },
  { pub: B, text: 'He will be sworn in on Tuesday.', words: 'Tuesday', value: '2023-10-31', granularity: 'day' },
  { pub: C, text: 'Congress met on Wednesday to certify the results.', words: 'Wednesday', value: '2021-01-06', granularity: 'day' },
  { pub: C, text: 'Last month, regulators approved the vaccine.', words: 'Last month', value: '2020-12', granularity: 'month' },
  { pub: C, text: 'Cases surged in late December after the holidays.', words: 'late December', value: '2020-12', granularity: 'month', qualifier: 'late' },
  { pub: C, text: 'The state recorded 500 cases on New Year\'s Day.', words: 'New Year\'s Day', value: '2021-01-01', granularity: 'day' },
  { pub: C, text: 'He lost the election in November.', words: 'November', value: '2020-11', granularity: 'month' },
  { pub: C, text: 'The senator said last week that she would object.', words: 'last week', value: '2020-W53', granularity: 'week' },
  { pub: C, text: 'The runoff was held on Tuesday in Georgia.', words: 'Tuesday', value: '2021-01-05', granularity: 'day' },
  { pub: C, text: 'In 2016, he won the state by a wide margin.', words: '2016', value: '2016', granularity: 'year' },
  { pub: C, text: 'The inauguration is set for January 20.', words: 'January 20', value: '2021-01-20', granularity: 'day' },
  { pub: C, text: 'The firm went public in the summer of 2019.', words: '2019', value: '2019', granularity: 'year' },
  { pub: D, text: 'The protests started on May 25 in Minneapolis.', words: 'May 25', value: '2020-05-25', granularity: 'day' },
  { pub: D, text: 'Schools closed in March and have not reopened.', words: 'March', value: '2020-03', granularity: 'month' },
  { pub: D, text: 'On Friday, the governor extended the order.', words: 'Friday', value: '2020-07-17', granularity: 'day' },
  { pub: D, text: 'The lockdown ended earlier this month.', words: 'earlier this month', value: '2020-07', granularity: 'month', qualifier: 'earlier' },
  { pub: D, text: 'The virus was first reported in December 2019.', words: 'December 2019', value: '2019-12', granularity: 'month' },
  { pub: D, text: 'Last Thursday, officials announced new limits.', words: 'Last Thursday', value: '2020-07-16', granularity: 'day' },
  { pub: D, text: 'The rally took place Saturday outside the courthouse.', words: 'Saturday', value: '2020-07-18', granularity: 'day' },
  { pub: D, text: 'Two days ago, a fire broke out at the depot.', words: 'Two days ago', value: '2020-07-17', granularity: 'day' },
  { pub: D, text: 'The treaty was signed in 1992.', words: '1992', value: '1992', granularity: 'year' },
  { pub: D, text: 'Unemployment rose in early 2020.', words: 'early 2020', value: '2020', granularity: 'year', qualifier: 'early' },
  { pub: D, text: 'The plan was unveiled in mid-June.', words: 'mid-June', value: '2020-06', granularity: 'month', qualifier: 'mid' },
  { pub: E, text: 'The tournament opened on November 20.', words: 'November 20', value: '2022-11-20', granularity: 'day' },
  { pub: E, text: 'The strike will continue until December 15.', words: 'December 15', value: '2022-12-15', granularity: 'day' },
  { pub: E, text: 'The bank raised rates last month.', words: 'last month', value: '2022-11', granularity: 'month' },
  { pub: E, text: 'At the end of November, talks resumed.', words: 'the end of November', value: '2022-11', granularity: 'month', qualifier: 'late' },
  { pub: E, text: 'The match on Thursday ended in a draw.', words: 'Thursday', value: '2022-12-01', granularity: 'day' },
  { pub: E, text: 'The ruling came on 28 November.', words: '28 November', value: '2022-11-28', granularity: 'day' },
  { pub: E, text: 'The budget for next year was approved.', words: 'next year', value: '2023', granularity: 'year' },
  { pub: E, text: 'This week, the union called a strike.', words: 'This week', value: '2022-W48', granularity: 'week' },
];

/**
 * Written after the rules above were settled and scored once, untouched since: how the resolver
 * does on cases it was not tuned on. Publication days: 2025-06-18 Wed, 2022-02-24 Thu.
 */
const F = '2025-06-18';
const G = '2022-02-24';

export const HELD_OUT_CASES: readonly DateCase[] = [
  { pub: F, text: 'The ministry confirmed on Monday that talks had failed.', words: 'Monday', value: '2025-06-16', granularity: 'day' },
  { pub: F, text: 'Flooding began late last month in the delta.', words: 'last month', value: '2025-05', granularity: 'month' },
  { pub: F, text: 'The agency was created in 2012 under a different name.', words: '2012', value: '2012', granularity: 'year' },
  { pub: F, text: 'Fighting resumed on Thursday night near the border.', words: 'Thursday night', value: '2025-06-12', granularity: 'day' },
  { pub: F, text: 'The drone strikes of April 14 killed nine people.', words: 'April 14', value: '2025-04-14', granularity: 'day' },
  { pub: F, text: 'Elections are due in September, officials said.', words: 'September', value: '2025-09', granularity: 'month' },
  { pub: F, text: 'The platform banned the account in early May.', words: 'early May', value: '2025-05', granularity: 'month', qualifier: 'early' },
  { pub: F, text: 'Two weeks ago, the militia seized the airport.', words: 'Two weeks ago', value: '2025-W23', granularity: 'week' },
  { pub: F, text: 'The court ruled in December that the law was void.', words: 'December', value: '2024-12', granularity: 'month' },
  { pub: F, text: 'The minister resigned yesterday after the vote.', words: 'yesterday', value: '2025-06-17', granularity: 'day' },
  { pub: G, text: 'Troops crossed the border early on Thursday.', words: 'Thursday', value: '2022-02-24', granularity: 'day' },
  { pub: G, text: 'The president recognised the two regions on Monday.', words: 'Monday', value: '2022-02-21', granularity: 'day' },
  { pub: G, text: 'The annexation of 2014 was never recognised.', words: '2014', value: '2014', granularity: 'year' },
  { pub: G, text: 'Sanctions announced last week hit five banks.', words: 'last week', value: '2022-W07', granularity: 'week' },
  { pub: G, text: 'Talks in Minsk collapsed in late January.', words: 'late January', value: '2022-01', granularity: 'month', qualifier: 'late' },
  { pub: G, text: 'The pipeline was certified on Nov. 16.', words: 'Nov. 16', value: '2021-11-16', granularity: 'day' },
];
