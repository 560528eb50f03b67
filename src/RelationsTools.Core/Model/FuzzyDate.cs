using System;
using System.Runtime.CompilerServices;
using System.Globalization;

namespace RelationsTools.Model
{
    /// <summary>
    /// A date as the dataset writes it, in a subset of ISO 8601-2 (EDTF): <c>YYYY</c>, <c>YYYY-MM</c>,
    /// <c>YYYY-MM-DD</c>; a span <c>A/B</c> of those, either end open (<c>..</c>); one moment between bounds
    /// <c>[A..B]</c>, either bound open (<c>[A..]</c>, <c>[..B]</c>); a trailing <c>~</c> for "about"; or empty
    /// when the source gives no date.
    /// </summary>
    /// <remarks>
    /// The text is kept exactly as written, because it is the honest statement of what a source says;
    /// <see cref="Start"/> and <see cref="End"/> are the first and last day it can mean, so that
    /// "1979" overlaps any day of 1979 and "2024-09" ends on 30 September.
    /// A span (<c>1979/1989</c>, <c>2025-03-13/..</c>) lasted from its start to its end, an open end running on
    /// without bound. Everything else is one moment (EDTF's "one of a set"): a single date is some time in it,
    /// <c>[2024-09-27..2024-12-27]</c> some time between its bounds, <c>[1970..]</c> some time after 1970.
    /// A happening that lasted a while but is dated only by bounds is a moment too: all of it lies between them.
    /// The difference is what <see cref="InWindow"/> answers: a span certainly meets a window it is sure to
    /// overlap, a moment only one that holds every day it can mean.
    /// </remarks>
    public sealed class FuzzyDate : IEquatable<FuzzyDate>
    {
        public static readonly FuzzyDate Unknown = new FuzzyDate(string.Empty, null, null, DatePrecision.Unknown, false);

        private readonly DatePoint? startPoint;
        private readonly DatePoint? endPoint;

        private FuzzyDate(string text, DateTime? start, DateTime? end, DatePrecision precision, bool isApproximate, DatePoint? startPoint = null, DatePoint? endPoint = null)
        {
            this.startPoint = startPoint;
            this.endPoint = endPoint;
            Text = text;
            Start = start;
            End = end;
            Precision = precision;
            IsApproximate = isApproximate;
        }

        /// <summary>The date exactly as the dataset writes it.</summary>
        public string Text { get; }

        /// <summary>The first day the date can mean; null for an open start or an unknown date.</summary>
        public DateTime? Start { get; }

        /// <summary>The last day the date can mean; null for an open end or an unknown date.</summary>
        public DateTime? End { get; }

        public DatePrecision Precision { get; }

        /// <summary>True when the text carries <c>~</c> ("about").</summary>
        public bool IsApproximate { get; }

        public bool IsKnown => Precision != DatePrecision.Unknown;

        /// <summary>
        /// True for a span (<c>A/B</c>, <c>A/..</c>, <c>../B</c>), which lasted from its start to its end; false for
        /// one moment (a single date, or <c>[A..B]</c> between bounds) and for an unknown date.
        /// </summary>
        public bool IsSpan => Precision == DatePrecision.Range || Precision == DatePrecision.Open;

        public static FuzzyDate Parse(string? text)
        {
            if (TryParse(text, out var date, out var error))
            {
                return date;
            }

            throw new FormatException(error);
        }

        /// <summary>Parses dataset date text; on failure <paramref name="error"/> says why, in words a user can act on.</summary>
        public static bool TryParse(string? text, out FuzzyDate date, out string error)
        {
            date = Unknown;
            if (!TryParseSpan(text.AsSpan(), out var parsed, out error))
            {
                return false;
            }

            if (parsed.Precision != DatePrecision.Unknown)
            {
                date = new FuzzyDate(text!, parsed.Start?.First, parsed.End?.Last, parsed.Precision, parsed.IsApproximate, parsed.Start, parsed.End);
            }

            return true;
        }

        /// <summary>
        /// The first and last day of date text, without allocating: what a streaming query needs to drop a row
        /// before reading the rest of it. False for text that does not parse (read it as a string then, for the error).
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        internal static bool TryParseBounds(ReadOnlySpan<char> text, out DateTime? first, out DateTime? last, out bool isKnown)
        {
            first = last = null;
            isKnown = false;
            if (!TryParseSpan(text, out var parsed, out _))
            {
                return false;
            }

            first = parsed.Start?.First;
            last = parsed.End?.Last;
            isKnown = parsed.Precision != DatePrecision.Unknown;
            return true;
        }

        // The one parser: a point, or an interval of points or '..'. Strict on purpose.
        [MethodImpl(HotPath.Optimize)]
        private static bool TryParseSpan(ReadOnlySpan<char> value, out ParsedDate parsed, out string error)
        {
            parsed = default;
            error = string.Empty;
            if (value.IsEmpty)
            {
                return true;
            }

            if (value[0] == '[')
            {
                return TryParseBounded(value, out parsed, out error);
            }

            int slash = value.IndexOf('/');
            if (slash < 0)
            {
                if (!TryParsePoint(value, out var point, out error))
                {
                    return false;
                }

                parsed = new ParsedDate(point, point, point.Precision, point.IsApproximate);
                return true;
            }

            if (value.Slice(slash + 1).IndexOf('/') >= 0)
            {
                error = $"'{value.ToString()}' has more than one '/'";
                return false;
            }

            var startText = value.Slice(0, slash);
            var endText = value.Slice(slash + 1);
            bool openStart = startText.SequenceEqual("..".AsSpan());
            bool openEnd = endText.SequenceEqual("..".AsSpan());
            if (openStart && openEnd)
            {
                error = $"'{value.ToString()}' is open at both ends, which says nothing";
                return false;
            }

            DatePoint start = default, end = default;
            if (!openStart && !TryParsePoint(startText, out start, out error))
            {
                return false;
            }

            if (!openEnd && !TryParsePoint(endText, out end, out error))
            {
                return false;
            }

            if (!openStart && !openEnd && end.Last < start.First)
            {
                error = $"'{value.ToString()}' ends before it starts";
                return false;
            }

            parsed = new ParsedDate(
                openStart ? (DatePoint?)null : start,
                openEnd ? (DatePoint?)null : end,
                openStart || openEnd ? DatePrecision.Open : DatePrecision.Range,
                start.IsApproximate || end.IsApproximate);
            return true;
        }

        // "[A..B]", "[A..]", "[..B]": one moment between two bounds, of which one may be open.
        private static bool TryParseBounded(ReadOnlySpan<char> value, out ParsedDate parsed, out string error)
        {
            parsed = default;
            error = string.Empty;
            int dots = value.IndexOf("..".AsSpan());
            if (value[value.Length - 1] != ']' || dots < 0)
            {
                error = $"'{value.ToString()}' is not a moment between bounds: write [A..B], [A..] or [..B]";
                return false;
            }

            var firstText = value.Slice(1, dots - 1);
            var lastText = value.Slice(dots + 2, value.Length - dots - 3);
            if (firstText.IsEmpty && lastText.IsEmpty)
            {
                error = $"'{value.ToString()}' is open at both ends, which says nothing";
                return false;
            }

            DatePoint first = default, last = default;
            if (!firstText.IsEmpty && !TryParsePoint(firstText, out first, out error))
            {
                return false;
            }

            if (!lastText.IsEmpty && !TryParsePoint(lastText, out last, out error))
            {
                return false;
            }

            if (!firstText.IsEmpty && !lastText.IsEmpty)
            {
                if (last.Last < first.First)
                {
                    error = $"'{value.ToString()}' ends before it starts";
                    return false;
                }

                if (firstText.SequenceEqual(lastText))
                {
                    error = $"'{value.ToString()}' has one date for both bounds: write '{firstText.ToString()}'";
                    return false;
                }
            }

            parsed = new ParsedDate(
                firstText.IsEmpty ? (DatePoint?)null : first,
                lastText.IsEmpty ? (DatePoint?)null : last,
                DatePrecision.Bounded,
                first.IsApproximate || last.IsApproximate);
            return true;
        }

        /// <summary>
        /// True when some day lies both in this date and in the window [<paramref name="from"/>, <paramref name="to"/>]
        /// (a null bound is unbounded). An unknown date overlaps nothing.
        /// </summary>
        public bool Overlaps(DateTime? from, DateTime? to)
        {
            if (!IsKnown)
            {
                return false;
            }

            return Overlaps(Start, End, from, to);
        }

        /// <summary>Whether the days [<paramref name="first"/>, <paramref name="last"/>] meet the window [<paramref name="from"/>, <paramref name="to"/>]; null is unbounded.</summary>
        [MethodImpl(HotPath.Optimize)]
        internal static bool Overlaps(DateTime? first, DateTime? last, DateTime? from, DateTime? to)
            => (to == null || first == null || first.Value <= to.Value)
            && (from == null || last == null || last.Value >= from.Value);

        /// <summary>Whether the days [<paramref name="first"/>, <paramref name="last"/>] lie inside the window; null is unbounded.</summary>
        [MethodImpl(HotPath.Optimize)]
        internal static bool IsWithin(DateTime? first, DateTime? last, DateTime? from, DateTime? to)
            => (from == null || (first != null && first.Value >= from.Value))
            && (to == null || (last != null && last.Value <= to.Value));

        /// <summary>True when every day this date can mean lies inside the window (a null bound is unbounded).</summary>
        public bool IsWithin(DateTime? from, DateTime? to)
        {
            if (!IsKnown)
            {
                return false;
            }

            return IsWithin(Start, End, from, to);
        }

        /// <summary>
        /// Whether this date falls in the window [<paramref name="from"/>, <paramref name="to"/>] (a null bound is
        /// unbounded): <see cref="Certainty.Certain"/> when it does whatever it turns out to be, <see cref="Certainty.Possible"/>
        /// when it only may, null when it cannot (or is unknown).
        /// </summary>
        /// <remarks>
        /// A moment is certainly in the window when every day it can mean is (<see cref="IsWithin(DateTime?, DateTime?)"/>).
        /// A span is when it overlaps the window however its ends fall: its earliest possible end is not before the
        /// window and its latest possible start not after it. "1970/1989" is certainly in 1979 and only possibly in
        /// March 1970 (it may have begun in December); an open end runs on, so "1970/.." is certainly in any later year,
        /// which is why a moment at an unknown time after 1970 is written "[1970..]".
        /// </remarks>
        public Certainty? InWindow(DateTime? from, DateTime? to)
        {
            if (!Overlaps(from, to))
            {
                return null;
            }

            if (!IsSpan)
            {
                return IsWithin(from, to) ? Certainty.Certain : Certainty.Possible;
            }

            // The span's start falls in startPoint and its end in endPoint (null: open, running on without bound), start <= end.
            DateTime? latestStart = startPoint is DatePoint s ? Min(s.Last, endPoint?.Last) : (DateTime?)null;
            DateTime? earliestEnd = endPoint is DatePoint e ? Max(e.First, startPoint?.First) : (DateTime?)null;
            bool reachesWindow = from is null || earliestEnd is null || earliestEnd.Value >= from.Value;
            bool startsInTime = to is null || latestStart is null || latestStart.Value <= to.Value;
            return reachesWindow && startsInTime ? Certainty.Certain : Certainty.Possible;
        }

        private static DateTime Min(DateTime day, DateTime? other) => other is DateTime o && o < day ? o : day;

        private static DateTime Max(DateTime day, DateTime? other) => other is DateTime o && o > day ? o : day;

        /// <summary>True when every day <paramref name="other"/> can mean lies inside this date ("2024-09" contains "2024-09-20").</summary>
        public bool Contains(FuzzyDate other)
        {
            return IsKnown && other.IsKnown && other.IsWithin(Start, End);
        }

        public bool Equals(FuzzyDate? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as FuzzyDate);

        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

        public override string ToString() => Text;

        /// <summary>
        /// Writes the parsed date back from its parts. Equal to <see cref="Text"/> for every text that parses,
        /// which is what proves the parser is strict: no two spellings of one date are accepted.
        /// </summary>
        public string Format()
        {
            if (!IsKnown)
            {
                return string.Empty;
            }

            if (IsSpan)
            {
                return FormatPoint(startPoint) + "/" + FormatPoint(endPoint);
            }

            if (Precision == DatePrecision.Bounded)
            {
                return "[" + (startPoint is null ? string.Empty : FormatPoint(startPoint)) + ".." + (endPoint is null ? string.Empty : FormatPoint(endPoint)) + "]";
            }

            return FormatPoint(startPoint);
        }

        private static string FormatPoint(DatePoint? point)
        {
            if (point is not DatePoint p)
            {
                return "..";
            }

            string format = p.Precision == DatePrecision.Year ? "yyyy" : p.Precision == DatePrecision.Month ? "yyyy-MM" : "yyyy-MM-dd";
            return p.First.ToString(format, CultureInfo.InvariantCulture) + (p.IsApproximate ? "~" : string.Empty);
        }

        private readonly struct ParsedDate
        {
            public ParsedDate(DatePoint? start, DatePoint? end, DatePrecision precision, bool isApproximate)
            {
                Start = start;
                End = end;
                Precision = precision;
                IsApproximate = isApproximate;
            }

            public DatePoint? Start { get; }
            public DatePoint? End { get; }
            public DatePrecision Precision { get; }
            public bool IsApproximate { get; }
        }

        private readonly struct DatePoint
        {
            public DatePoint(DateTime first, DateTime last, DatePrecision precision, bool isApproximate)
            {
                First = first;
                Last = last;
                Precision = precision;
                IsApproximate = isApproximate;
            }

            public DateTime First { get; }
            public DateTime Last { get; }
            public DatePrecision Precision { get; }
            public bool IsApproximate { get; }
        }

        // Strict on purpose: "2024-9-1" or "2024-02-30" in a data file is a typo, not a date to guess at.
        [MethodImpl(HotPath.Optimize)]
        private static bool TryParsePoint(ReadOnlySpan<char> text, out DatePoint point, out string error)
        {
            point = default;
            error = string.Empty;
            bool approximate = text.Length > 0 && text[text.Length - 1] == '~';
            var body = approximate ? text.Slice(0, text.Length - 1) : text;

            if (body.Length != 4 && body.Length != 7 && body.Length != 10)
            {
                error = $"'{text.ToString()}' is not YYYY, YYYY-MM or YYYY-MM-DD";
                return false;
            }

            if (!TryDigits(body, 0, 4, out int year) || year < 1)
            {
                error = $"'{text.ToString()}' does not start with a four-digit year";
                return false;
            }

            if (body.Length == 4)
            {
                point = new DatePoint(new DateTime(year, 1, 1), new DateTime(year, 12, 31), DatePrecision.Year, approximate);
                return true;
            }

            if (body[4] != '-' || !TryDigits(body, 5, 2, out int month) || month < 1 || month > 12)
            {
                error = $"'{text.ToString()}' has no valid two-digit month (01-12)";
                return false;
            }

            int daysInMonth = DateTime.DaysInMonth(year, month);
            if (body.Length == 7)
            {
                point = new DatePoint(new DateTime(year, month, 1), new DateTime(year, month, daysInMonth), DatePrecision.Month, approximate);
                return true;
            }

            if (body[7] != '-' || !TryDigits(body, 8, 2, out int day) || day < 1 || day > daysInMonth)
            {
                error = $"'{text.ToString()}' has no valid two-digit day (01-{daysInMonth.ToString(CultureInfo.InvariantCulture)})";
                return false;
            }

            var exactDay = new DateTime(year, month, day);
            point = new DatePoint(exactDay, exactDay, DatePrecision.Day, approximate);
            return true;
        }

        [MethodImpl(HotPath.Optimize)]
        private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
        {
            value = 0;
            for (int i = start; i < start + count; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }
}
