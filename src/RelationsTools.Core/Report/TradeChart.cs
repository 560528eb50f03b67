using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Report
{
    /// <summary>
    /// The trade chart: the figures in US dollars on one scale. Actuals and estimates are horizontal bars grouped by
    /// the period they are about (an actual solid, an estimate pale); a target is a dashed vertical line at its value,
    /// labelled, across every bar, so it reads as the mark the bars are measured against and never as something that
    /// happened. A period shorter than a year keeps its length in sight: its bar is hatched and its label and value
    /// say "7 months", so seven months of 2025 after a whole 2024 cannot read as a fall. Each bar names the source it
    /// is cited to under its label, so two bars for one period from two sources are told apart on the chart itself.
    /// </summary>
    internal static class TradeChart
    {
        private const double Width = 1240;
        private const double BarLeft = 330;
        private const double BarRight = Width - 150;
        private const double Top = 8;
        private const double RowHeight = 26;
        private const double BarRowHeight = 34;
        private const double BarHeight = 16;

        /// <summary>The figures this chart draws: those in US dollars.</summary>
        public static IReadOnlyList<TradeFigure> Charted(IEnumerable<TradeFigure> figures) => figures.Where(f => f.Unit == ValueUnit.USD).ToList();

        /// <summary>A target in words, the same in the chart's label and the note below it: <c>Two-way trade US$20.0 bn, no year given</c>.</summary>
        public static string TargetWords(TradeFigure target)
            => ReportStyle.Name(target.Metric) + " " + target.DisplayValue + (target.Period.Length == 0 ? ", no year given" : " for " + target.Period);

        /// <summary>The targets among <paramref name="figures"/>, the highest first, as the chart draws them and the note below it lists them.</summary>
        public static IReadOnlyList<TradeFigure> Targets(IEnumerable<TradeFigure> figures)
            => figures.Where(f => f.Kind == FigureKind.Target).OrderByDescending(f => f.Value).ThenBy(f => f, ChronologicalOrder.Figures).ToList();

        public static void Write(HtmlWriter html, IReadOnlyList<TradeFigure> figures)
        {
            var targets = Targets(figures);

            // Periods in time order (the first figure of each places it); in a period, actuals then estimates, by metric.
            var groups = figures
                .Where(f => f.Kind != FigureKind.Target)
                .OrderBy(f => f, ChronologicalOrder.Figures)
                .GroupBy(f => f.Period, StringComparer.Ordinal)
                .ToList();
            double barsTop = Top + (targets.Count * RowHeight);
            double height = barsTop + (groups.Count * RowHeight) + (groups.Sum(g => g.Count()) * BarRowHeight) + 30;
            double bottom = height - 30;
            decimal top = NiceMaximum(figures.Max(f => f.Value));

            html.Open("svg", "id", "trade-chart", "class", "chart", "viewBox", $"0 0 {N(Width)} {N(height)}",
                "role", "img", "aria-labelledby", "trade-chart-title", "xmlns", "http://www.w3.org/2000/svg").Line();
            html.Element("title", "Trade figures in US dollars by period: actuals solid, estimates pale, parts of a year hatched, targets dashed lines", "id", "trade-chart-title").Line();
            WritePatterns(html, groups.SelectMany(g => g).Where(f => f.PartOfYear != null).Select(f => f.Metric).Distinct().OrderBy(m => m));

            decimal step = top / 4;
            for (int i = 0; i <= 4; i++)
            {
                decimal tick = step * i;
                double x = X(tick, top);
                html.Empty("line", "class", "grid", "x1", N(x), "x2", N(x), "y1", N(Top), "y2", N(bottom));
                html.Element("text", i == 0 ? "0" : ValueFormat.Display(tick, ValueUnit.USD, Qualifier.Exact), "class", "axis", "x", N(x), "y", N(bottom + 18), "text-anchor", "middle");
            }

            html.Line();
            double y = barsTop;
            foreach (var group in groups)
            {
                string period = group.Key.Length == 0 ? "No period given" : group.Key;
                string? partOfYear = group.First().PartOfYear;
                html.Element("text", partOfYear is null ? period : period + " (" + partOfYear + ", part of a year)", "class", "group-label", "x", "4", "y", N(y + 17));
                y += RowHeight;
                foreach (var figure in group.OrderBy(f => f.Kind).ThenBy(f => f.Metric))
                {
                    WriteBar(html, figure, y, top);
                    y += BarRowHeight;
                }
            }

            // Drawn after the bars, so a bar that passes its target does not hide the line.
            for (int i = 0; i < targets.Count; i++)
            {
                WriteTarget(html, targets[i], Top + (i * RowHeight), bottom, top);
            }

            html.Close("svg").Line();
        }

        // One hatch per metric colour, for the bars of periods shorter than a year. url(#id) names this pattern in the
        // page itself: nothing is loaded.
        private static void WritePatterns(HtmlWriter html, IEnumerable<TradeMetric> metrics)
        {
            bool any = false;
            foreach (var metric in metrics)
            {
                if (!any)
                {
                    html.Markup("<defs>");
                    any = true;
                }

                html.Open("pattern", "id", PatternId(metric), "width", "6", "height", "6", "patternUnits", "userSpaceOnUse", "patternTransform", "rotate(45)")
                    .Empty("rect", "width", "6", "height", "6", "fill", "#ffffff")
                    .Empty("rect", "width", "3", "height", "6", "fill", ReportStyle.Colour(metric))
                    .Close("pattern");
            }

            if (any)
            {
                html.Markup("</defs>").Line();
            }
        }

        private static string PatternId(TradeMetric metric) => "part-year-" + metric;

        private static void WriteBar(HtmlWriter html, TradeFigure figure, double y, decimal top)
        {
            string colour = ReportStyle.Colour(figure.Metric);
            string label = ReportStyle.Name(figure.Metric) + (figure.Kind == FigureKind.Actual ? string.Empty : " (" + figure.Kind.ToString().ToLowerInvariant() + ")");
            string tip = label + ", " + (figure.Period.Length == 0 ? "no period given" : figure.Period) + ": " + figure.DisplayValue + " (" + figure.Citations + ")";
            double width = Math.Max(X(figure.Value, top) - BarLeft, 2);
            double barY = y + ((BarRowHeight - BarHeight) / 2);
            bool partOfYear = figure.PartOfYear != null;
            string fill = partOfYear ? "url(#" + PatternId(figure.Metric) + ")" : colour;

            html.Open("a", "href", "#" + HtmlReport.FigureAnchor(figure.Id));
            html.Element("text", label, "class", "row-label", "x", "20", "y", N(y + 14));
            html.Element("text", SourceWords(figure), "class", "row-source", "x", "20", "y", N(y + 28));
            html.Open("rect", "class", "bar " + figure.Kind.ToString().ToLowerInvariant() + (partOfYear ? " part-year" : string.Empty),
                "x", N(BarLeft), "y", N(barY), "width", N(width), "height", N(BarHeight), "fill", fill,
                "fill-opacity", figure.Kind == FigureKind.Estimate ? "0.35" : null,
                "stroke", partOfYear || figure.Kind == FigureKind.Estimate ? colour : null);
            html.Element("title", tip).Close("rect");
            html.Element("text", figure.DisplayValue, "class", "value", "x", N(BarLeft + width + 6), "y", N(barY + 12));
            html.Close("a").Line();
        }

        // The first citation, in full, and how many more: the label column holds one, and the tooltip and the table every one.
        private static string SourceWords(TradeFigure figure)
        {
            var citations = figure.CitationList;
            return citations.Count <= 1 ? figure.Citations : citations[0] + " and " + (citations.Count - 1).ToString(CultureInfo.InvariantCulture) + " more";
        }

        // A dashed line at the target's value from its label down through every bar, the label beside its top.
        private static void WriteTarget(HtmlWriter html, TradeFigure target, double y, double bottom, decimal top)
        {
            string colour = ReportStyle.Colour(target.Metric);
            double x = X(target.Value, top);
            bool labelLeft = x > (BarLeft + BarRight) / 2;
            html.Open("a", "href", "#" + HtmlReport.FigureAnchor(target.Id))
                .Open("line", "class", "target", "x1", N(x), "x2", N(x), "y1", N(y + 4), "y2", N(bottom), "stroke", colour, "stroke-width", "2", "stroke-dasharray", "6 4")
                .Element("title", "Target: " + TargetWords(target) + " (" + target.Citations + ")").Close("line")
                .Element("text", "Target: " + TargetWords(target), "class", "target-label", "x", N(labelLeft ? x - 6 : x + 6), "y", N(y + 17), "text-anchor", labelLeft ? "end" : "start", "fill", colour)
                .Close("a").Line();
        }

        private static double X(decimal value, decimal top) => BarLeft + ((double)(value / top) * (BarRight - BarLeft));

        /// <summary>The smallest 1, 2, 4, 6 or 8 times a power of ten that holds <paramref name="value"/>, so the four gridlines between 0 and it fall on round numbers.</summary>
        internal static decimal NiceMaximum(decimal value)
        {
            if (value <= 0)
            {
                return 1;
            }

            decimal power = 1;
            while (power * 10 <= value)
            {
                power *= 10;
            }

            while (power > value)
            {
                power /= 10;
            }

            foreach (decimal factor in new[] { 1m, 2m, 4m, 6m, 8m, 10m })
            {
                if (factor * power >= value)
                {
                    return factor * power;
                }
            }

            return 10 * power;
        }

        private static string N(double value) => HtmlWriter.Number(value);
    }
}
