package dev.kgx.extract;

import dev.kgx.extract.DateWords.Kind;
import dev.kgx.extract.DateWords.Unit;
import dev.kgx.model.SourceDocument;
import dev.kgx.model.TemporalValue;
import dev.kgx.model.TemporalValue.Precision;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates of a sentence and normalizes them to the precision the text gives them ({@link TemporalValue}).
 *
 * <p>Absolute forms need nothing else: {@code 2024年5月17日}, {@code 2024年5月}, {@code 民国113年10月9日},
 * {@code 2024-05-17}, {@code March 2023}, {@code October 13, 2023}, {@code 1º de julho de 2024}, {@code em 2020}.
 *
 * <p>Relative forms are resolved against the document's publication date ({@link #publicationDate}), and each
 * needs only as much of it as it refers to:
 * <ul>
 *   <li>its year: 今年3月, 去年12月, 去年底, a bare 年底/年中/年初 (the publication's year), year-less dates
 *       (3月16日, "July 1", "1º de julho": of the publication's year, as news writes dates of the current
 *       year), a month alone ("In July", 9月, "setembro passado": the latest such month up to the publication;
 *       with "last"/"passado" strictly before it), two-digit years (17年加入: the year ending in 17 within 80
 *       years before and 19 after the publication, the window of {@link java.text.SimpleDateFormat}; without a
 *       publication date, the window around today), "this
 *       year", "earlier this year", "last year", "ano passado";</li>
 *   <li>its month: a bare day (联发科9日推出: the 9th of the publication's month, if the publication day is not
 *       earlier, else no date), 昨(9)日, a weekday with its day in parentheses ("nesta sexta-feira (17)", checked
 *       against the calendar), "last month", 上个月;</li>
 *   <li>its day: 今日, 昨天, "yesterday", weekdays ("announced Tuesday", "last Tuesday", 周三, 上周三: the latest such
 *       day up to the publication), counts back (三周前, "two weeks ago", "há três semanas").</li>
 * </ul>
 * 同年, "that year", 同月 take the year (month) of the date stated before them in the same sentence. Vague
 * forms give no date: 日前/近日 ("recently"; also the end of 生日前, 节日前), "recently", 早前.
 *
 * <p>A form whose part of the publication date is unknown gives no date: no date rather than a wrong one. So does a
 * date the calendar does not have (2024年2月30日, 2020年13月): it is a misreading, and no shorter reading of the
 * same characters is taken instead.
 *
 * <p>The words (month, weekday and count names, relative phrases) are data: {@code lexicon/date-words.tsv}.
 */
public final class DateNormalizer {
    /** A date found in text: its characters {@code [begin, end)} in the text given, and its value. */
    public record Found(int begin, int end, TemporalValue value) {
    }

    /** A date that states month and day but no year ("3 月 16 日"). */
    public record Yearless(int begin, int end, int month, int day) {
    }

    /** Republic of China (民国) years count from 1912: year 1 is 1912. */
    static final int ROC_OFFSET = 1911;
    /** Two-digit years lie within this many years before the publication's year… */
    static final int TWO_DIGIT_YEARS_BEFORE = 80;
    /** …and this many after (SimpleDateFormat's window: "within 80 years before and 20 years after"). */
    static final int TWO_DIGIT_YEARS_AFTER = 19;
    /** Years outside this range are not read as dates (a four-digit number is often an amount or a model). */
    static final int FIRST_YEAR = 1800;
    static final int LAST_YEAR = 2200;

    /** Languages that write month and weekday names with a capital ("July"; "may" is a verb). */
    private static final Set<String> TITLE_CASE = Set.of("en");
    private static final String LB = "(?<![\\p{L}\\d])";
    private static final String RB = "(?![\\p{L}\\d])";

    // Chinese grammar: 年 year, 月 month, 日/号 day; a range "10月21日至23日" is dated by its first day
    private static final String ZH_RANGE_TAIL = "(?:\\s*[至到~～\\-–—]\\s*(?:\\d{1,2}\\s*月\\s*)?\\d{1,2}\\s*[日号])?";
    private static final String ZH_MONTH_DAY_TAIL = "(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号]" + ZH_RANGE_TAIL
            + ")?)?";
    private static final Pattern ZH_DATE = Pattern.compile("(?<!\\d)(\\d{4})\\s*年" + ZH_MONTH_DAY_TAIL);
    /** 民国113年 always; a bare three-digit year (113年10月) only with its month: no news year has three digits. */
    private static final Pattern ROC_DATE = Pattern.compile("民国\\s*(\\d{1,3})\\s*年" + ZH_MONTH_DAY_TAIL
            + "|(?<![\\d元前])(1\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?");
    /**
     * 17年, 17年3月: a two-digit year where a clause starts or after a preposition, not a duration (17年来,
     * 过去17年, 17年前, 17年的经验).
     */
    private static final Pattern ZH_TWO_DIGIT_YEAR = Pattern.compile(
            "(?<![^\\s,，。;；:：、(（「“\"'于在自从到至])(\\d{2})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*[日号])?"
                    + "|(?![代来间内后前多余以里度级期中龄纪的半]))");
    private static final Pattern ZH_MONTH_DAY = Pattern.compile(
            "(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]" + ZH_RANGE_TAIL);
    /** A month without year or day: 9月, 12 月, 1月份 (not 2024年9月, not 3月16日). */
    private static final Pattern ZH_MONTH_ONLY = Pattern.compile(
            "(?<![\\d年])(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])(?!份?\\d)");
    /** 今(10)日, 昨(9)日: Taiwanese news names the day of the month in parentheses. */
    private static final Pattern ZH_DAY_IN_PARENS = Pattern.compile("[今昨前明本]\\s*\\(\\s*(\\d{1,2})\\s*\\)\\s*日");
    /** A day of the month alone, 9日; not 9日元 (yen), 30日内, 5日后, 第3日. 号 alone is too often a number (1号线). */
    private static final Pattern ZH_BARE_DAY = Pattern.compile(
            "(?<![\\d月年第.(])(\\d{1,2})\\s*日(?![元圆本内后前以来间])");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");

    private final DateWords words;
    private final Pattern zhYearPrefix;
    private final Pattern zhYearPart;
    private final Pattern zhWeekday;
    private final Pattern zhAgo;
    private final Pattern zhYearsLater;
    private final Pattern latinYearsLater;
    private final Pattern zhRelative;
    private final Pattern latinDayMonthYear;
    private final Pattern latinMonthYear;
    private final Pattern latinYear;
    private final Pattern latinMonthDay;
    private final Pattern latinMonthOnly;
    private final Pattern latinWeekdayWithDay;
    private final Pattern latinWeekday;
    private final Pattern latinAgo;
    private final Pattern latinRelative;
    private final Pattern sameYear;
    private final Pattern sameMonth;

    public DateNormalizer() {
        this(DateWords.standard());
    }

    DateNormalizer(DateWords words) {
        this.words = words;
        String yearParts = words.alternation(Kind.YEAR_PART);
        // 今年3月, 去年12月, 今年年底, 去年底 (the 年 of 年底 contracted), 今年上半年
        zhYearPrefix = Pattern.compile("(" + words.alternation(Kind.YEAR_PREFIX) + ")(?:\\s*(\\d{1,2})\\s*月"
                + "(?:\\s*(\\d{1,2})\\s*[日号])?|" + yearParts + "|[底初末])?");
        // a bare 年底 is this year's, but not 三年中 (within three years), 近年中, 2022年上半年, nor the end of a noun
        // in 年 (财年中: in the fiscal year; 学年, 周年, 青年, 晚年…)
        zhYearPart = Pattern.compile("(?<![\\d一二三四五六七八九十两几多近全同当每历往前后去今明本这那该年财学周成青少老中晚早童新半整])("
                + yearParts + ")");
        zhWeekday = Pattern.compile("(上)?(?:周|星期|礼拜)(" + words.alternation(Set.of(),
                w -> w.language().equals("zh"), Kind.WEEKDAY) + ")");
        zhAgo = Pattern.compile("([0-9]+|[一两二三四五六七八九十半]+)\\s*("
                + words.alternation(Set.of(), w -> w.language().equals("zh"), Kind.UNIT) + ")(?:以|之)?前(?!后)");
        zhRelative = Pattern.compile("(" + words.alternation(Set.of(), w -> w.language().equals("zh"),
                Kind.RELATIVE) + ")");

        String month = words.alternation(Kind.MONTH);
        String monthWritten = words.alternation(TITLE_CASE, Kind.MONTH);
        String daySuffix = "(?:st|nd|rd|th|o|º|ª|°)?";
        latinDayMonthYear = Pattern.compile(LB + "(\\d{1,2})" + daySuffix + "\\s+(?:de\\s+)?(" + month
                + "),?\\s+(?:de\\s+)?(\\d{4})" + RB);
        latinMonthYear = Pattern.compile(LB + "(" + month + ")(?:\\s+(\\d{1,2})" + daySuffix + ")?,?\\s+(?:de\\s+)?(\\d{4})"
                + RB);
        latinYear = Pattern.compile(LB + "(?:" + words.alternation(Kind.YEAR_PREPOSITION) + ")\\s+(\\d{4})" + RB);
        // 1º de julho; July 1; 1 July — each without a year after it
        String noYear = "(?!,?\\s+(?:de\\s+)?\\d{4})";
        latinMonthDay = Pattern.compile(LB + "(\\d{1,2})" + daySuffix + "\\s+(?:de\\s+)?(" + monthWritten + ")" + RB
                + noYear + "|" + LB + "(" + monthWritten + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?" + RB + noYear);
        latinMonthOnly = Pattern.compile(LB + "(?:(?:" + words.alternation(Kind.MONTH_PREPOSITION) + ")\\s+(?:("
                + words.alternation(Kind.MONTH_PREFIX_BEFORE) + ")\\s+)?|(" + words.alternation(Kind.MONTH_PREFIX_BEFORE)
                + ")\\s+)(" + monthWritten + ")(?:\\s+(" + words.alternation(Kind.MONTH_SUFFIX_BEFORE) + "))?" + RB
                + noYear);
        String weekdayModifiers = words.alternation(Kind.WEEKDAY_BEFORE, Kind.WEEKDAY_MODIFIER);
        String latinWeekdays = words.alternation(Set.of(), w -> !w.language().equals("zh"), Kind.WEEKDAY);
        latinWeekdayWithDay = Pattern.compile(LB + "(?:(?:" + weekdayModifiers + ")\\s+)?(" + latinWeekdays + "|"
                + words.alternation(Kind.WEEKDAY_SHORT) + ")\\s*\\(\\s*(\\d{1,2})\\s*\\)");
        latinWeekday = Pattern.compile(LB + "(?:(" + weekdayModifiers + ")\\s+)?(" + latinWeekdays + ")(?:\\s+("
                + words.alternation(Kind.WEEKDAY_AFTER_BEFORE) + "))?" + RB);
        String count = "(\\d+|" + words.alternation(Kind.NUMBER) + ")";
        String latinUnits = "(" + words.alternation(Set.of(), w -> !w.language().equals("zh"), Kind.UNIT) + ")";
        latinAgo = Pattern.compile(LB + "(?:" + count + "\\s+" + latinUnits + "\\s+(?:"
                + words.alternation(Kind.AGO_AFTER) + ")|(?:" + words.alternation(Kind.AGO_BEFORE) + ")\\s+" + count
                + "\\s+" + latinUnits + ")" + RB);
        latinRelative = Pattern.compile(LB + "(" + words.alternation(Set.of(), w -> !w.language().equals("zh"),
                Kind.RELATIVE) + ")" + RB);
        java.util.function.Predicate<DateWords.Word> zh = w -> w.language().equals("zh");
        java.util.function.Predicate<DateWords.Word> years = w -> w.value().equals("YEARS");
        zhYearsLater = Pattern.compile("([0-9]+|[一两二三四五六七八九十]+)\\s*(?:" + words.alternation(Set.of(),
                zh.and(years), Kind.UNIT) + ")(?:" + words.alternation(Set.of(), zh, Kind.LATER) + ")");
        latinYearsLater = Pattern.compile(LB + count + "\\s+(?:" + words.alternation(Set.of(), zh.negate().and(years),
                Kind.UNIT) + ")\\s+(?:" + words.alternation(Set.of(), zh.negate(), Kind.LATER) + ")" + RB);
        sameYear = wordPattern(Kind.SAME_YEAR);
        sameMonth = wordPattern(Kind.SAME_MONTH);
    }

    /** The words of a kind: Latin-script ones as whole words, Chinese ones anywhere (no spaces between words). */
    private Pattern wordPattern(Kind kind) {
        return Pattern.compile(LB + "(?:" + words.alternation(Set.of(), w -> !w.language().equals("zh"), kind) + ")" + RB
                + "|" + words.alternation(Set.of(), w -> w.language().equals("zh"), kind));
    }

    /**
     * The dates of a text (a sentence), in order of position, none overlapping another: where two readings
     * overlap, the more explicit one (absolute before relative, longer forms first) is kept.
     *
     * @param text      the normalized text of a sentence (NFKC, Simplified Chinese)
     * @param published the document's publication date ({@link #publicationDate}), or null when unknown; relative
     *                  forms are resolved against it as far as its precision allows, and dropped otherwise
     */
    public List<Found> find(String text, TemporalValue published) {
        return find(text, published, null);
    }

    /**
     * The dates of a sentence in a narrative: as {@link #find(String, TemporalValue)}, and forms that refer to the
     * time the text was last speaking of ("这一年", "that year", "两年之后", "three years later") take the
     * {@code previous} date when the sentence itself states none before them.
     *
     * @param previous the last date stated before this sentence in the document, or null
     */
    public List<Found> find(String text, TemporalValue published, TemporalValue previous) {
        Readings out = new Readings();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), date(number(m.group(1)), number(m.group(2)), number(m.group(3))));
        }
        m = ZH_DATE.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), date(number(m.group(1)), number(m.group(2)), number(m.group(3))));
        }
        m = ROC_DATE.matcher(text);
        while (m.find()) {
            boolean prefixed = m.group(1) != null;
            int roc = number(m.group(prefixed ? 1 : 4));
            out.add(m.start(), m.end(), roc < 1 ? null : date(roc + ROC_OFFSET, number(m.group(prefixed ? 2 : 5)),
                    number(m.group(prefixed ? 3 : 6))));
        }
        m = latinDayMonthYear.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), date(number(m.group(3)), words.number(Kind.MONTH, m.group(2)),
                    number(m.group(1))));
        }
        m = latinMonthYear.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), date(number(m.group(3)), words.number(Kind.MONTH, m.group(1)),
                    number(m.group(2))));
        }
        m = latinYear.matcher(text);
        while (m.find()) {
            out.add(m.start(1), m.end(), date(number(m.group(1)), null, null));
        }
        if (published != null) {
            findNeedingTheYear(text, published, out);
        } else {
            // 17年加入 names its century by the window alone; with no publication date, the window is around
            // today, as SimpleDateFormat's is (a text older than 80 years that writes two-digit years is rare)
            twoDigitYears(text, java.time.Year.now().getValue(), out);
        }
        if (published != null && published.precision() != Precision.YEAR) {
            findNeedingTheMonth(text, published, out);
        }
        if (published != null && published.precision() == Precision.DAY) {
            findNeedingTheDay(text, published.day().orElseThrow(), out);
        }
        sameAsBefore(sameMonth, text, Precision.MONTH, previous, out);
        sameAsBefore(sameYear, text, Precision.YEAR, previous, out);
        yearsLater(text, previous, out);
        return out.dates();
    }

    /**
     * 同年, "that year", 同月: the year (or month) of the date stated last before it in the same text, when that
     * date states it; otherwise no date.
     */
    private static void sameAsBefore(Pattern pattern, String text, Precision precision, TemporalValue previous,
                                     Readings out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            TemporalValue before = out.lastBefore(m.start());
            if (before == null) {
                before = previous;
            }
            TemporalValue v = null;
            if (before != null && precision == Precision.YEAR) {
                v = TemporalValue.year(before.yearValue());
            } else if (before != null && before.precision() != Precision.YEAR) {
                v = TemporalValue.month(before.yearValue(), before.monthValue());
            }
            out.add(m.start(), m.end(), v);
        }
    }

    /**
     * "两年之后", "three years later", "dois anos depois": a count of years after the date stated last before, in
     * the sentence or else in the document; without one, no date.
     */
    private void yearsLater(String text, TemporalValue previous, Readings out) {
        Matcher m = zhYearsLater.matcher(text);
        while (m.find()) {
            later(m.start(), m.end(), chineseNumber(m.group(1)), previous, out);
        }
        m = latinYearsLater.matcher(text);
        while (m.find()) {
            String n = m.group(1);
            later(m.start(), m.end(), n.matches("\\d+") ? Integer.parseInt(n) : words.number(Kind.NUMBER, n),
                    previous, out);
        }
    }

    private static void later(int begin, int end, int years, TemporalValue previous, Readings out) {
        TemporalValue before = out.lastBefore(begin);
        TemporalValue from = before != null ? before : previous;
        out.add(begin, end, from == null || years <= 0 ? null : TemporalValue.year(from.yearValue() + years));
    }

    /**
     * Forms that need the publication's year: 今年3月, year-less dates, months alone, 17年, "last year"; and
     * counts back, which give no date when their unit needs more of the publication date than is known.
     */
    private void findNeedingTheYear(String text, TemporalValue published, Readings out) {
        int year = published.yearValue();
        Matcher m = zhYearPrefix.matcher(text);
        while (m.find()) {
            int offset = number(words.find(Kind.YEAR_PREFIX, m.group(1)).value());
            out.add(m.start(), m.end(), date(year + offset, number(m.group(2)), number(m.group(3))));
        }
        twoDigitYears(text, year, out);
        m = ZH_MONTH_DAY.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), date(year, number(m.group(1)), number(m.group(2))));
        }
        m = latinMonthDay.matcher(text);
        while (m.find()) {
            boolean dayFirst = m.group(1) != null;
            out.add(m.start(), m.end(), date(year, words.number(Kind.MONTH, m.group(dayFirst ? 2 : 3)),
                    number(m.group(dayFirst ? 1 : 4))));
        }
        m = zhYearPart.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), TemporalValue.year(year));
        }
        relative(latinRelative, Kind.RELATIVE, text, published, Unit.YEARS, out);
        relative(zhRelative, Kind.RELATIVE, text, published, Unit.YEARS, out);
        // counts back (三周前, "two weeks ago") give no date when the unit needs more than is known
        m = zhAgo.matcher(text);
        while (m.find()) {
            Unit unit = Unit.valueOf(words.find(Kind.UNIT, m.group(2)).value());
            out.add(m.start(), m.end(), shifted(published, unit, -chineseNumber(m.group(1))));
        }
        m = latinAgo.matcher(text);
        while (m.find()) {
            boolean after = m.group(1) != null;
            String n = after ? m.group(1) : m.group(3);
            Unit unit = Unit.valueOf(words.find(Kind.UNIT, after ? m.group(2) : m.group(4)).value());
            int count = n.matches("\\d+") ? Integer.parseInt(n) : words.number(Kind.NUMBER, n);
            out.add(m.start(), m.end(), shifted(published, unit, -count));
        }
        m = ZH_MONTH_ONLY.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), monthOnly(published, number(m.group(1)), false));
        }
        m = latinMonthOnly.matcher(text);
        while (m.find()) {
            boolean strictlyBefore = m.group(1) != null || m.group(2) != null || m.group(4) != null;
            int begin = m.group(2) != null ? m.start(2) : m.start(3);
            out.add(begin, m.end(), monthOnly(published, words.number(Kind.MONTH, m.group(3)), strictlyBefore));
        }
    }

    /** Forms that need the publication's month: 9日, 昨(9)日, "sexta-feira (17)", "last month". */
    private void findNeedingTheMonth(String text, TemporalValue published, Readings out) {
        Matcher m = latinWeekdayWithDay.matcher(text);
        while (m.find()) {
            Kind kind = words.find(Kind.WEEKDAY, m.group(1)) != null ? Kind.WEEKDAY : Kind.WEEKDAY_SHORT;
            TemporalValue day = dayOfMonth(published, number(m.group(2)));
            boolean sameWeekday = day != null
                    && day.day().orElseThrow().getDayOfWeek().getValue() == words.number(kind, m.group(1));
            out.add(m.start(), m.end(), sameWeekday ? day : null);
        }
        m = ZH_DAY_IN_PARENS.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), dayOfMonth(published, number(m.group(1))));
        }
        relative(latinRelative, Kind.RELATIVE, text, published, Unit.MONTHS, out);
        relative(zhRelative, Kind.RELATIVE, text, published, Unit.MONTHS, out);
        m = ZH_BARE_DAY.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), dayOfMonth(published, number(m.group(1))));
        }
    }

    /** Forms that need the publication's day: weekdays, 今日, "yesterday", "last week". */
    private void findNeedingTheDay(String text, LocalDate day, Readings out) {
        TemporalValue published = TemporalValue.of(day);
        // weekdays first: 上周三 is a day, not 上周 followed by 三
        Matcher m = latinWeekday.matcher(text);
        while (m.find()) {
            boolean strictlyBefore = m.group(3) != null
                    || m.group(1) != null && words.find(Kind.WEEKDAY_BEFORE, m.group(1)) != null;
            out.add(m.start(), m.end(), weekday(day, words.number(Kind.WEEKDAY, m.group(2)), strictlyBefore));
        }
        m = zhWeekday.matcher(text);
        while (m.find()) {
            TemporalValue v = weekday(day, words.number(Kind.WEEKDAY, m.group(2)), false);
            if (m.group(1) != null) { // 上周三: the Wednesday of the week before the publication's
                LocalDate d = v.day().orElseThrow();
                LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1);
                while (!d.isBefore(monday)) {
                    d = d.minusWeeks(1);
                }
                v = TemporalValue.of(d);
            }
            out.add(m.start(), m.end(), v);
        }
        for (Unit unit : List.of(Unit.DAYS, Unit.WEEKS)) {
            relative(latinRelative, Kind.RELATIVE, text, published, unit, out);
            relative(zhRelative, Kind.RELATIVE, text, published, unit, out);
        }
    }

    /** The relative phrases of one unit ("last month", 上个月), resolved. */
    private void relative(Pattern pattern, Kind kind, String text, TemporalValue published, Unit unit,
                          Readings out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String[] value = words.find(kind, m.group(1)).value().split(":");
            if (Unit.valueOf(value[0]) == unit) {
                out.add(m.start(), m.end(), shifted(published, unit, Integer.parseInt(value[1])));
            }
        }
    }

    /** The dates of a text that give month and day but no year (a day the calendar has in some year). */
    public List<Yearless> yearless(String text) {
        List<Yearless> out = new ArrayList<>();
        Matcher m = ZH_MONTH_DAY.matcher(text);
        while (m.find()) {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            try {
                MonthDay.of(month, day);
                out.add(new Yearless(m.start(), m.end(), month, day));
            } catch (DateTimeException e) {
                // 13月40日, 2月30日: not a date
            }
        }
        return out;
    }

    /** How many lines from the top of a text a publication date may stand on ("发布时间:2025-07-20"). */
    static final int HEADER_LINES = 6;

    /**
     * The publication date a text states near its top (a header line such as "发布时间:2025-07-20" or a full
     * date in the first {@value #HEADER_LINES} lines that are not blank), or null.
     */
    public TemporalValue publicationDate(String text) {
        String head = String.join("\n", text.lines().filter(l -> !l.isBlank()).limit(HEADER_LINES).toList());
        for (Found f : find(head, null)) {
            if (f.value().precision() == Precision.DAY) {
                return f.value();
            }
        }
        return null;
    }

    /**
     * The date a document's relative dates are resolved against: the publication date its metadata gives (the
     * front matter of a Markdown file, or {@code kgx extract --published}), else one its text states near the
     * top ({@link #publicationDate(String)}), else null.
     */
    public TemporalValue publicationDate(SourceDocument doc) {
        return doc.published() != null ? doc.published() : publicationDate(doc.text());
    }

    /**
     * A date so many units from the publication, as precise as the unit allows and the publication date gives:
     * days give a day, weeks and months a month, years a year.
     */
    static TemporalValue shifted(TemporalValue published, Unit unit, int amount) {
        return switch (unit) {
            case DAYS -> published.day().map(d -> TemporalValue.of(d.plusDays(amount))).orElse(null);
            case WEEKS -> published.day().map(d -> d.plusWeeks(amount))
                    .map(d -> TemporalValue.month(d.getYear(), d.getMonthValue())).orElse(null);
            case MONTHS -> {
                if (published.precision() == Precision.YEAR) {
                    yield null;
                }
                YearMonth m = YearMonth.of(published.yearValue(), published.monthValue()).plusMonths(amount);
                yield TemporalValue.month(m.getYear(), m.getMonthValue());
            }
            case YEARS -> TemporalValue.year(published.yearValue() + amount);
        };
    }

    /**
     * A month named without its year is the latest such month up to the publication (news reports what has
     * happened): December in a March article is last year's; with "last" or "passado", strictly before the
     * publication's month. With only the year known, that year's (or none when strictly before).
     */
    static TemporalValue monthOnly(TemporalValue published, int month, boolean strictlyBefore) {
        if (month < 1 || month > 12) {
            return null;
        }
        int year = published.yearValue();
        if (published.precision() == Precision.YEAR) {
            return strictlyBefore ? null : TemporalValue.month(year, month);
        }
        int current = published.monthValue();
        if (month > current || strictlyBefore && month == current) {
            year--;
        }
        return TemporalValue.month(year, month);
    }

    /**
     * A day of the month named without its month (9日, "sexta-feira (17)") is in the publication's month; when
     * the publication day is known and earlier, it could be last month's or a coming one: no date.
     */
    static TemporalValue dayOfMonth(TemporalValue published, int dayOfMonth) {
        if (published.day().isPresent() && dayOfMonth > published.day().get().getDayOfMonth()) {
            return null;
        }
        return date(published.yearValue(), published.monthValue(), dayOfMonth);
    }

    /**
     * A weekday named in news refers to the latest such day up to the publication ("on Monday" in a Monday's
     * article is that day); with "last" it is the one before the publication day.
     */
    static TemporalValue weekday(LocalDate published, int dayOfWeek, boolean strictlyBefore) {
        LocalDate d = strictlyBefore ? published.minusDays(1) : published;
        while (d.getDayOfWeek().getValue() != dayOfWeek) {
            d = d.minusDays(1);
        }
        return TemporalValue.of(d);
    }

    /**
     * The year a two-digit year stands for: the one ending in those digits from {@value #TWO_DIGIT_YEARS_BEFORE}
     * years before the publication's year to {@value #TWO_DIGIT_YEARS_AFTER} after it (17 in 2022: 2017; 25 in
     * 2022: 2025; 72 in 2018: 1972).
     */
    /** 17年, 17年3月: a two-digit year in the window around {@code year} ({@link #twoDigitYear}). */
    private static void twoDigitYears(String text, int year, Readings out) {
        Matcher m = ZH_TWO_DIGIT_YEAR.matcher(text);
        while (m.find()) {
            out.add(m.start(), m.end(), date(twoDigitYear(number(m.group(1)), year), number(m.group(2)),
                    number(m.group(3))));
        }
    }

    static int twoDigitYear(int twoDigits, int publicationYear) {
        int earliest = publicationYear - TWO_DIGIT_YEARS_BEFORE;
        int year = earliest - Math.floorMod(earliest, 100) + twoDigits;
        return year < earliest ? year + 100 : year;
    }

    /** 三 → 3, 十二 → 12, 两 → 2, 半 → 0 (half a unit counts as none), digits as written. */
    static int chineseNumber(String s) {
        if (s.matches("\\d+")) {
            return Integer.parseInt(s);
        }
        String digits = "零一二三四五六七八九";
        int value = 0;
        int current = 0;
        for (char c : s.toCharArray()) {
            if (c == '两') {
                current = 2;
            } else if (c == '十') {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (digits.indexOf(c) >= 0) {
                current = digits.indexOf(c);
            }
        }
        return value + current;
    }

    /**
     * The date with the parts given (month and day may be null), or null when the calendar has no such date or
     * the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}.
     */
    private static TemporalValue date(int year, Integer month, Integer day) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return null;
        }
        return TemporalValue.of(year, month, day).orElse(null);
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    /**
     * The readings of a text so far. The first reading of some characters wins; a reading without a value
     * (a misread date) still takes its characters, so that no shorter reading of them is made.
     */
    private static final class Readings {
        private final List<Found> found = new ArrayList<>();

        void add(int begin, int end, TemporalValue value) {
            for (Found f : found) {
                if (begin < f.end() && f.begin() < end) {
                    return;
                }
            }
            found.add(new Found(begin, end, value));
        }

        /** The value of the last reading that ends before a position, or null. */
        TemporalValue lastBefore(int position) {
            return found.stream().filter(f -> f.value() != null && f.end() <= position)
                    .max(Comparator.comparingInt(Found::end)).map(Found::value).orElse(null);
        }

        List<Found> dates() {
            return found.stream().filter(f -> f.value() != null)
                    .sorted(Comparator.comparingInt(Found::begin)).toList();
        }
    }
}
