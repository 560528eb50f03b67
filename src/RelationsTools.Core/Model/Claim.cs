using System;

namespace RelationsTools.Model
{
    /// <summary>
    /// One source's assertion on a topic (a row of claims.csv): the unit of comparison between sources.
    /// Its value is a number, or a date when <see cref="Unit"/> is Date.
    /// </summary>
    public sealed class Claim
    {
        public Claim(string id, string topic, string valueText, decimal? number, FuzzyDate? dateValue, ValueUnit unit, Qualifier qualifier, FuzzyDate asOf, RelationsSource source, Citation citation, string statement)
        {
            Id = id;
            Topic = topic;
            Value = valueText;
            Number = number;
            DateValue = dateValue;
            Unit = unit;
            Qualifier = qualifier;
            AsOfDate = asOf;
            Source = source;
            CitationRef = citation;
            Statement = statement;
        }

        public string Id { get; }

        /// <summary>The stable key claims are compared by, such as <c>vietnam-export-rank</c>.</summary>
        public string Topic { get; }

        /// <summary>The value as the dataset writes it: an invariant number, or a date in the dataset's syntax (empty: the source gives no date).</summary>
        public string Value { get; }

        public ValueUnit Unit { get; }

        public Qualifier Qualifier { get; }

        /// <summary>The value as a person reads it: <c>US$20.0 bn</c>, <c>#3</c>, <c>≥ 80 %</c>, <c>2024-09</c>.</summary>
        public string DisplayValue => Number is decimal number
            ? ValueFormat.Display(number, Unit, Qualifier)
            : (Value.Length == 0 ? "(no date)" : Value);

        /// <summary>The period the claim is about, in the dataset's date syntax.</summary>
        public string AsOf => AsOfDate.Text;

        public DateTime? AsOfStart => AsOfDate.Start;

        public DateTime? AsOfEnd => AsOfDate.End;

        public string SourceId => Source.Id;

        /// <summary>The kind of the stating document, so an anonymous comment is not weighed like a news report.</summary>
        public SourceKind SourceKind => Source.Kind;

        public string SourcePublished => Source.Published;

        public string Citation => CitationRef.ToString();

        public string Statement { get; }

        internal decimal? Number { get; }

        internal FuzzyDate? DateValue { get; }

        internal FuzzyDate AsOfDate { get; }

        internal RelationsSource Source { get; }

        internal Citation CitationRef { get; }

        public override string ToString() => Id;
    }
}
