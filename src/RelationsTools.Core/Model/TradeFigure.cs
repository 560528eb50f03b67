using System;
using System.Collections.Generic;

namespace RelationsTools.Model
{
    /// <summary>A number about trade, investment or pledges, or a target for one (a row of trade-figures.csv).</summary>
    public sealed class TradeFigure
    {
        public TradeFigure(string id, TradeMetric metric, FuzzyDate period, FigureKind kind, decimal value, ValueUnit unit, Qualifier qualifier, IReadOnlyList<Citation> citations, string note, string derivation = "")
        {
            Derivation = derivation;
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

        /// <summary>
        /// The value as a person reads it in a table: <c>US$10.0 bn</c>, <c>≥ 80 %</c>, and for a period shorter than a
        /// year its length, <c>≈ US$7.0 bn (7 months)</c>, so that a part of a year never reads as a fall from a whole one.
        /// </summary>
        public string DisplayValue => PartOfYear is string length
            ? ValueFormat.Display(Value, Unit, Qualifier) + " (" + length + ")"
            : ValueFormat.Display(Value, Unit, Qualifier);

        public DelimitedList SourceIds { get; }

        public string Citations => new JoinedList<Citation>(CitationList).ToString();

        public string Note { get; }

        /// <summary>How the value follows from the cited text by arithmetic ("double the 2024 figure of US$10 billion"); empty when the text states it.</summary>
        public string Derivation { get; }

        /// <summary>
        /// The topic under which Compare-Source weighs this figure as a claim of each source it cites:
        /// the metric, the kind unless Actual, and the unit, such as <c>bilateral-trade-usd</c> or <c>bilateral-trade-target-usd</c>.
        /// </summary>
        public string Topic => TopicOf(Metric, Kind, Unit);

        /// <summary>
        /// True when the value is a total over its whole <see cref="Period"/> (two-way trade in 2024, exports in
        /// January-July 2025, a share of a year's trade); false when it is a level at a time, the period saying
        /// when it held (projects, registered capital or pledges as at 2024).
        /// </summary>
        public bool IsTotalOverPeriod => IsTotal(Metric);

        internal static bool IsTotal(TradeMetric metric)
            => metric == TradeMetric.BilateralTrade || metric == TradeMetric.CambodiaExportsToVietnam
            || metric == TradeMetric.CambodiaImportsFromVietnam || metric == TradeMetric.ShareOfCambodiaTotalTrade;

        internal static string TopicOf(TradeMetric metric, FigureKind kind, ValueUnit unit)
            => Kebab(metric.ToString()) + (kind == FigureKind.Actual ? string.Empty : "-" + Kebab(kind.ToString())) + "-" + Kebab(unit.ToString());

        // "ShareOfCambodiaTotalTrade" -> "share-of-cambodia-total-trade"; "USD" -> "usd".
        private static string Kebab(string pascal)
        {
            var builder = new System.Text.StringBuilder(pascal.Length + 8);
            for (int i = 0; i < pascal.Length; i++)
            {
                char c = pascal[i];
                bool startsWord = i > 0 && char.IsUpper(c) && !char.IsUpper(pascal[i - 1]);
                if (startsWord)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
            }

            return builder.ToString();
        }

        internal FuzzyDate PeriodDate { get; }

        internal IReadOnlyList<Citation> CitationList { get; }

        /// <summary>How long the period is when it is shorter than a year ("7 months"); null for a year or more, an open period or none.</summary>
        /// <summary>The length of a total's period when it is shorter than a year; null for a level at a time, whose period says only when it held.</summary>
        internal string? PartOfYear => IsTotalOverPeriod ? ValueFormat.PartOfYear(PeriodDate) : null;

        public override string ToString() => Id;
    }
}
