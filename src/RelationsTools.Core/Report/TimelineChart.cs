using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Report
{
    /// <summary>
    /// The timeline: one row per dated event, on a year axis, each mark in its category's colour and shaped by
    /// the precision of its date. A day is a dot; a month, a year or a range is a bar over the days it can mean;
    /// an open end ("by 1974", "from March 2025") is a dashed line running off the axis; "about" is pale. What has
    /// not happened is hollow: an expected or planned event in an outline, a goal in a dashed one. In a report for
    /// a window, an event that only possibly falls in it is pale with a dotted outline.
    /// </summary>
    /// <remarks>
    /// Events crowd into a few years (2024 and 2025 hold half of them) while the axis runs from 1967 to 2050,
    /// so years are not equally wide: a year with events is wider the more it holds, and a run of years
    /// without any is squeezed into a shaded band. The axis says so in its legend.
    /// </remarks>
    internal static class TimelineChart
    {
        private const double Width = 1240;
        private const double TitleX = 162;
        private const double TitleChars = 50;
        private const double Stub = 26;                  // room beyond the axis for open ends
        private const double AxisLeft = 500 + Stub;
        private const double AxisRight = Width - Stub - 6;
        private const double Top = 34;
        private const double RowHeight = 22;
        private const double BarHeight = 10;

        public static void Write(HtmlWriter html, IReadOnlyList<RelationsEvent> events)
        {
            var scale = new YearScale(events.Select(e => (e.Start, e.End)), AxisLeft, AxisRight);
            double height = Top + (events.Count * RowHeight) + 28;
            html.Open("svg", "id", "timeline-chart", "class", "chart", "viewBox", $"0 0 {HtmlWriter.Number(Width)} {HtmlWriter.Number(height)}",
                "role", "img", "aria-labelledby", "timeline-chart-title", "xmlns", "http://www.w3.org/2000/svg").Line();
            html.Element("title", "Timeline of " + events.Count + " events by year, coloured by category", "id", "timeline-chart-title").Line();

            for (int i = 1; i < events.Count; i += 2)
            {
                html.Empty("rect", "class", "zebra", "x", "0", "y", N(Top + (i * RowHeight)), "width", N(Width), "height", N(RowHeight));
            }

            WriteAxis(html, scale, height);
            for (int i = 0; i < events.Count; i++)
            {
                WriteRow(html, scale, events[i], Top + (i * RowHeight));
            }

            html.Close("svg").Line();
        }

        private static void WriteAxis(HtmlWriter html, YearScale scale, double height)
        {
            double bottom = height - 24;
            foreach (var gap in scale.Gaps)
            {
                string years = gap.FirstYear == gap.LastYear ? gap.FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture) : gap.FirstYear + "–" + gap.LastYear;
                html.Open("rect", "class", "gap", "x", N(gap.Left), "y", N(Top - 4), "width", N(gap.Right - gap.Left), "height", N(bottom - Top + 8))
                    .Element("title", years + ": no event starts or ends here, so the axis is compressed")
                    .Close("rect");
                if (gap.LastYear > gap.FirstYear)
                {
                    double middle = (gap.Left + gap.Right) / 2;
                    html.Element("text", "⋯", "class", "axis", "x", N(middle), "y", N(Top - 10), "text-anchor", "middle");
                }
            }

            double lastLabelEnd = double.MinValue;
            foreach (var year in scale.OccupiedYears)
            {
                html.Empty("line", "class", "grid", "x1", N(year.Left), "x2", N(year.Left), "y1", N(Top - 4), "y2", N(bottom + 4));
                const double LabelWidth = 28;
                double centre = (year.Left + year.Right) / 2;
                if (centre - (LabelWidth / 2) < lastLabelEnd + 4)
                {
                    continue; // too narrow to label without overprinting its neighbour
                }

                lastLabelEnd = centre + (LabelWidth / 2);
                string label = year.FirstYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
                html.Element("text", label, "class", "axis", "x", N(centre), "y", N(Top - 10), "text-anchor", "middle");
                html.Element("text", label, "class", "axis", "x", N(centre), "y", N(bottom + 18), "text-anchor", "middle");
            }

            html.Empty("line", "class", "grid", "x1", N(AxisRight), "x2", N(AxisRight), "y1", N(Top - 4), "y2", N(bottom + 4)).Line();
        }

        private static void WriteRow(HtmlWriter html, YearScale scale, RelationsEvent e, double y)
        {
            double middle = y + (RowHeight / 2);
            string href = "#" + HtmlReport.EventAnchor(e.Id);
            string colour = ReportStyle.Colour(e.Category);
            bool possible = e.InWindow == Certainty.Possible;
            string tip = e.Date + " · " + e.Category + (e.Status == EventStatus.Happened ? string.Empty : " · " + e.Status.ToString().ToLowerInvariant())
                + (possible ? " · possibly outside the window" : string.Empty) + " · " + e.Title;

            // What has not happened (yet) is hollow, a goal's outline dashed: a planned road never looks like a built one.
            bool hollow = e.Status != EventStatus.Happened;
            // What may lie outside the window is pale and dotted: it is drawn where it can be, not where it is known to be.
            string status = (hollow ? " " + e.Status.ToString().ToLowerInvariant() : string.Empty) + (possible ? " possible" : string.Empty);
            string fill = hollow ? "#ffffff" : colour;
            string? stroke = hollow || possible ? colour : null;
            string? strokeWidth = hollow ? "2" : possible ? "1.5" : null;
            string? strokeDash = possible ? "1.5 2" : e.Status == EventStatus.Goal ? "3 2" : null;

            html.Element("text", e.Date, "class", "row-date", "x", "6", "y", N(middle + 4));
            html.Open("a", "href", href)
                .Open("text", "class", "row-label", "x", N(TitleX), "y", N(middle + 4)).Text(Shorten(e.Title)).Element("title", tip).Close("text")
                .Close("a");

            html.Open("a", "href", href);
            string? opacity = e.When.IsApproximate ? "0.45" : null;
            string? fillOpacity = hollow ? null : possible ? "0.3" : opacity;
            string? strokeOpacity = hollow ? opacity : null;
            if (e.Start is DateTime start && e.End is DateTime end)
            {
                if (e.Precision == DatePrecision.Day)
                {
                    html.Open("circle", "class", "mark day" + status, "cx", N(scale.X(start.AddHours(12))), "cy", N(middle), "r", "5", "fill", fill, "fill-opacity", fillOpacity,
                        "stroke", stroke, "stroke-width", strokeWidth, "stroke-dasharray", strokeDash, "stroke-opacity", strokeOpacity);
                }
                else
                {
                    double left = scale.X(start);
                    double right = Math.Max(scale.XAfter(end), left + 4);
                    html.Open("rect", "class", "mark span" + status, "x", N(left), "y", N(middle - (BarHeight / 2)), "width", N(right - left), "height", N(BarHeight),
                        "rx", "2", "fill", fill, "fill-opacity", fillOpacity, "stroke", stroke, "stroke-width", strokeWidth, "stroke-dasharray", strokeDash, "stroke-opacity", strokeOpacity);
                }
            }
            else if (e.End is DateTime byDay)
            {
                // "by" a date: known to have happened at some point before it.
                double right = scale.XAfter(byDay);
                html.Open("g", "class", "mark open-start" + status);
                html.Empty("line", "x1", N(AxisLeft - Stub + 8), "x2", N(right), "y1", N(middle), "y2", N(middle), "stroke", colour, "stroke-width", "3", "stroke-dasharray", "4 3");
                html.Empty("polygon", "points", Arrow(AxisLeft - Stub + 2, middle, pointsLeft: true), "fill", colour);
                html.Empty("rect", "x", N(right - 3), "y", N(middle - (BarHeight / 2)), "width", "3", "height", N(BarHeight), "fill", fill, "stroke", stroke, "stroke-dasharray", strokeDash);
            }
            else if (e.Start is DateTime fromDay)
            {
                double left = scale.X(fromDay);
                html.Open("g", "class", "mark open-end" + status);
                html.Empty("rect", "x", N(left), "y", N(middle - (BarHeight / 2)), "width", "3", "height", N(BarHeight), "fill", fill, "stroke", stroke, "stroke-dasharray", strokeDash);
                html.Empty("line", "x1", N(left), "x2", N(AxisRight + Stub - 8), "y1", N(middle), "y2", N(middle), "stroke", colour, "stroke-width", "3", "stroke-dasharray", "4 3");
                html.Empty("polygon", "points", Arrow(AxisRight + Stub - 2, middle, pointsLeft: false), "fill", colour);
            }
            else
            {
                html.Close("a").Line();
                return; // undated: listed in the table only
            }

            string shape = e.Start.HasValue && e.End.HasValue ? (e.Precision == DatePrecision.Day ? "circle" : "rect") : "g";
            html.Element("title", tip).Close(shape).Close("a").Line();
        }

        private static string Arrow(double tipX, double y, bool pointsLeft)
        {
            double back = pointsLeft ? tipX + 7 : tipX - 7;
            return N(tipX) + "," + N(y) + " " + N(back) + "," + N(y - 5) + " " + N(back) + "," + N(y + 5);
        }

        private static string Shorten(string title)
            => title.Length <= TitleChars ? title : title.Substring(0, (int)TitleChars - 1).TrimEnd() + "…";

        private static string N(double value) => HtmlWriter.Number(value);

        /// <summary>Maps a day to x on an axis of whole years whose widths follow how many events start or end in them.</summary>
        internal sealed class YearScale
        {
            private const double GapYearWeight = 0.4;
            private const double LongestGapWeight = 1.2;

            private readonly int firstYear;
            private readonly double[] offsets;   // where each year starts, in weight units from the first year
            private readonly double[] weights;
            private readonly double total;
            private readonly double left;
            private readonly double right;

            public YearScale(IEnumerable<(DateTime? Start, DateTime? End)> dates, double left, double right)
            {
                this.left = left;
                this.right = right;
                var counts = new SortedDictionary<int, int>();
                foreach (var (start, end) in dates)
                {
                    foreach (int year in new[] { start?.Year, end?.Year }.Where(y => y.HasValue).Select(y => y!.Value).Distinct())
                    {
                        counts[year] = counts.TryGetValue(year, out int n) ? n + 1 : 1;
                    }
                }

                if (counts.Count == 0)
                {
                    counts[DateTime.Today.Year] = 0;
                }

                firstYear = counts.Keys.First();
                int lastYear = counts.Keys.Last();
                weights = new double[lastYear - firstYear + 1];
                for (int year = firstYear; year <= lastYear; year++)
                {
                    weights[year - firstYear] = counts.TryGetValue(year, out int n) ? 1.5 + (0.6 * Math.Min(n, 10)) : 0;
                }

                // A run of empty years shares a bounded width, so decades without events do not crowd the busy years.
                for (int i = 0; i < weights.Length;)
                {
                    if (weights[i] > 0)
                    {
                        i++;
                        continue;
                    }

                    int runEnd = i;
                    while (runEnd + 1 < weights.Length && weights[runEnd + 1] == 0)
                    {
                        runEnd++;
                    }

                    int length = runEnd - i + 1;
                    double each = Math.Min(length * GapYearWeight, LongestGapWeight) / length;
                    Gaps.Add(new Band(firstYear + i, firstYear + runEnd, 0, 0));
                    for (int j = i; j <= runEnd; j++)
                    {
                        weights[j] = -each; // marked negative until offsets are known
                    }

                    i = runEnd + 1;
                }

                offsets = new double[weights.Length];
                double sum = 0;
                for (int i = 0; i < weights.Length; i++)
                {
                    weights[i] = Math.Abs(weights[i]);
                    offsets[i] = sum;
                    sum += weights[i];
                }

                total = sum;
                for (int g = 0; g < Gaps.Count; g++)
                {
                    var gap = Gaps[g];
                    Gaps[g] = new Band(gap.FirstYear, gap.LastYear, YearLeft(gap.FirstYear), YearLeft(gap.LastYear + 1));
                }

                OccupiedYears = counts.Keys
                    .Select(y => new Band(y, y, YearLeft(y), YearLeft(y + 1))).ToList();
            }

            public List<Band> Gaps { get; } = new List<Band>();

            public IReadOnlyList<Band> OccupiedYears { get; }

            /// <summary>The x of the start of <paramref name="day"/>.</summary>
            public double X(DateTime day)
            {
                int index = day.Year - firstYear;
                if (index < 0)
                {
                    return left;
                }

                if (index >= weights.Length)
                {
                    return right;
                }

                double fraction = (day.DayOfYear - 1 + day.TimeOfDay.TotalDays) / (DateTime.IsLeapYear(day.Year) ? 366.0 : 365.0);
                return left + ((offsets[index] + (weights[index] * fraction)) / total * (right - left));
            }

            /// <summary>The x of the end of <paramref name="day"/>, so that a bar covers its last day.</summary>
            public double XAfter(DateTime day) => day.Date >= DateTime.MaxValue.Date ? right : X(day.Date.AddDays(1));

            private double YearLeft(int year) => year - firstYear >= weights.Length ? right : X(new DateTime(year, 1, 1));
        }

        internal readonly struct Band
        {
            public Band(int firstYear, int lastYear, double left, double right)
            {
                FirstYear = firstYear;
                LastYear = lastYear;
                Left = left;
                Right = right;
            }

            public int FirstYear { get; }

            public int LastYear { get; }

            public double Left { get; }

            public double Right { get; }
        }
    }
}
