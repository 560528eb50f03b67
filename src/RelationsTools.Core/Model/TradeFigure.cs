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
}
