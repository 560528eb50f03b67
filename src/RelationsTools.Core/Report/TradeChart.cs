using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Report
{
    /// <summary>
    /// The trade chart: the figures in US dollars as horizontal bars on one scale, grouped by the period they
    /// are about. An actual is a solid bar, a target a dashed outline, an estimate a pale bar, so a target is
    /// never read as something that happened. Periods keep their own length in the label: seven months of 2025
    /// are not a year, and the chart does not pretend they are comparable.
    /// </summary>
    internal static class TradeChart
    {
        private const double Width = 1240;
        private const double BarLeft = 330;
        private const double BarRight = Width - 150;
        private const double Top = 8;
        private const double RowHeight = 26;
        private const double BarHeight = 16;

        /// <summary>The figures this chart draws: those in US dollars.</summary>
        public static IReadOnlyList<TradeFigure> Charted(IEnumerable<TradeFigure> figures) => figures.Where(f => f.Unit == ValueUnit.USD).ToList();

        public static void Write(HtmlWriter html, IReadOnlyList<TradeFigure> figures)
        {
            var groups = figures
                .GroupBy(f => f.Period, StringComparer.Ordinal)
                .OrderBy(g => g.First().PeriodStart ?? g.First().PeriodEnd ?? DateTime.MaxValue)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToList();
            int rows = groups.Count + figures.Count;
            double height = Top + (rows * RowHeight) + 30;
            double bottom = height - 30;
            decimal top = NiceMaximum(figures.Max(f => f.Value));

            html.Open("svg", "id", "trade-chart", "class", "chart", "viewBox", $"0 0 {N(Width)} {N(height)}",
                "role", "img", "aria-labelledby", "trade-chart-title", "xmlns", "http://www.w3.org/2000/svg").Line();
            html.Element("title", "Trade figures in US dollars by period: actuals solid, targets outlined", "id", "trade-chart-title").Line();

            decimal step = top / 4;
            for (int i = 0; i <= 4; i++)
            {
                decimal tick = step * i;
                double x = X(tick, top);
                html.Empty("line", "class", "grid", "x1", N(x), "x2", N(x), "y1", N(Top), "y2", N(bottom));
                html.Element("text", i == 0 ? "0" : ValueFormat.Display(tick, ValueUnit.USD, Qualifier.Exact), "class", "axis", "x", N(x), "y", N(bottom + 18), "text-anchor", "middle");
            }

            html.Line();
            double y = Top;
            foreach (var group in groups)
            {
                string period = group.Key.Length == 0 ? "No period given" : group.Key;
                html.Element("text", period, "class", "group-label", "x", "4", "y", N(y + 17));
                y += RowHeight;
                foreach (var figure in group.OrderBy(f => f.Kind).ThenBy(f => f.Metric))
                {
                    WriteBar(html, figure, y, top);
                    y += RowHeight;
                }
            }

            html.Close("svg").Line();
        }

        private static void WriteBar(HtmlWriter html, TradeFigure figure, double y, decimal top)
        {
            string colour = ReportStyle.Colour(figure.Metric);
            string label = ReportStyle.Name(figure.Metric) + (figure.Kind == FigureKind.Actual ? string.Empty : " (" + figure.Kind.ToString().ToLowerInvariant() + ")");
            string tip = label + ", " + (figure.Period.Length == 0 ? "no period given" : figure.Period) + ": " + figure.DisplayValue + " (" + figure.Citations + ")";
            double width = Math.Max(X(figure.Value, top) - BarLeft, 2);
            double barY = y + ((RowHeight - BarHeight) / 2);

            html.Open("a", "href", "#" + HtmlReport.FigureAnchor(figure.Id));
            html.Element("text", label, "class", "row-label", "x", "20", "y", N(y + 17));
            string kindClass = "bar " + figure.Kind.ToString().ToLowerInvariant();
            switch (figure.Kind)
            {
                case FigureKind.Target:
                    html.Open("rect", "class", kindClass, "x", N(BarLeft), "y", N(barY), "width", N(width), "height", N(BarHeight),
                        "fill", "#ffffff", "stroke", colour, "stroke-width", "2", "stroke-dasharray", "6 3");
                    break;
                case FigureKind.Estimate:
                    html.Open("rect", "class", kindClass, "x", N(BarLeft), "y", N(barY), "width", N(width), "height", N(BarHeight),
                        "fill", colour, "fill-opacity", "0.35", "stroke", colour);
                    break;
                default:
                    html.Open("rect", "class", kindClass, "x", N(BarLeft), "y", N(barY), "width", N(width), "height", N(BarHeight), "fill", colour);
                    break;
            }

            html.Element("title", tip).Close("rect");
            html.Element("text", figure.DisplayValue, "class", "value", "x", N(BarLeft + width + 6), "y", N(y + 17));
            html.Close("a").Line();
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
