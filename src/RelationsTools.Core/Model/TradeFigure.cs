using System;
using System.Collections.Generic;
using System.Globalization;

namespace RelationsTools.Model
{
    /// <summary>A number about trade, investment or pledges, or a target for one (a row of trade-figures.csv).</summary>
    public sealed class TradeFigure
    {
        public TradeFigure(string id, TradeMetric metric, FuzzyDate period, FigureKind kind, decimal value, ValueUnit unit, Qualifier qualifier, IReadOnlyList<Citation> citations, string note)
        {
            Id = id;
            Metric = metric;
            PeriodDate = period;
            Kind = kind;
            Value = value;
            Unit = unit;
            Qualifier = qualifier;
            CitationList = citations;
            SourceIds = Citation.SourceIdsOf(citations);
            Note = note;
        }

        public string Id { get; }

        public TradeMetric Metric { get; }

        /// <summary>The period the figure is about, in the dataset's date syntax; empty when the source gives none (as for a target with no year).</summary>
        public string Period => PeriodDate.Text;

        public DateTime? PeriodStart => PeriodDate.Start;

        public DateTime? PeriodEnd => PeriodDate.End;

        public FigureKind Kind { get; }

        public decimal Value { get; }

        public ValueUnit Unit { get; }

        public Qualifier Qualifier { get; }

        /// <summary>The value as a person reads it in a table: <c>US$7.0 bn</c>, <c>≈ US$5.0 bn</c>, <c>≥ 80 %</c>.</summary>
        public string DisplayValue => ValueFormat.Display(Value, Unit, Qualifier);

        public DelimitedList SourceIds { get; }

        public string SourceList => SourceIds.ToString();

        public string Citations => string.Join(DelimitedList.Separator, CitationList);

        public string Note { get; }

        internal FuzzyDate PeriodDate { get; }

        internal IReadOnlyList<Citation> CitationList { get; }

        public override string ToString() => Id;
    }

    /// <summary>Formats values for display, always with the invariant culture so a table reads the same everywhere.</summary>
    public static class ValueFormat
    {
        public static string Display(decimal value, ValueUnit unit, Qualifier qualifier)
        {
            string number = unit switch
            {
                ValueUnit.USD => Money(value),
                ValueUnit.Percent => Plain(value) + " %",
                ValueUnit.Rank => "#" + Plain(value),
                _ => Plain(value),
            };
            return Prefix(qualifier) + number;
        }

        public static string Prefix(Qualifier qualifier) => qualifier switch
        {
            Qualifier.About => "≈ ",
            Qualifier.AtLeast => "≥ ",
            Qualifier.AtMost => "≤ ",
            _ => string.Empty,
        };

        private static string Money(decimal value)
        {
            decimal magnitude = Math.Abs(value);
            if (magnitude >= 1_000_000_000m)
            {
                return "US$" + Scaled(value / 1_000_000_000m) + " bn";
            }

            if (magnitude >= 1_000_000m)
            {
                return "US$" + Scaled(value / 1_000_000m) + " m";
            }

            return "US$" + value.ToString("#,0.##", CultureInfo.InvariantCulture);
        }

        // One decimal at least (US$7.0 bn), more only when the source gave more (US$5.31 bn).
        private static string Scaled(decimal value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

        private static string Plain(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);
    }
}
