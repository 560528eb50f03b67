using System;
using System.Collections.Generic;
using System.Globalization;

namespace RelationsTools.Model
{
    /// <summary>
    /// One source's assertion on a topic (a row of claims.csv, or a trade figure as stated by one of the
    /// sources it cites): the unit of comparison between sources. Its value is a number; a date when
    /// <see cref="Unit"/> is Date; a short text when it is Status or Quote.
    /// </summary>
    public sealed class Claim
    {
        public Claim(string id, string topic, string valueText, decimal? number, FuzzyDate? dateValue, ValueUnit unit, Qualifier qualifier, FuzzyDate asOf, RelationsSource source, Citation citation, string statement, string derivation = "", string figureId = "")
        {
            Derivation = derivation;
            FigureId = figureId;
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

        /// <summary>The stable key claims are compared by, such as <c>vietnam-export-rank</c>; topics compare by <see cref="TopicComparer"/>.</summary>
        public string Topic { get; }

        /// <summary>
        /// How topics compare, everywhere: as keys (<see cref="KeyComparer"/>), so <c>vietnam-export-rank</c> and
        /// <c>Vietnam-Export-Rank</c> are one topic, whose claims are compared with each other.
        /// </summary>
        public static StringComparer TopicComparer => KeyComparer.Instance;

        /// <summary>The value as the dataset writes it: an invariant number, or a date in the dataset's syntax (empty: the source gives no date).</summary>
        public string Value { get; }

        public ValueUnit Unit { get; }

        public Qualifier Qualifier { get; }

        /// <summary>The value as a person reads it: <c>US$20.0 bn</c>, <c>#3</c>, <c>≥ 80 %</c>, <c>2024-09</c>.</summary>
        public string DisplayValue => Number is decimal number ? ValueFormat.Display(number, Unit, Qualifier) + PartOfYear
            : Unit == ValueUnit.Quote ? "“" + Value + "”"
            : Value.Length == 0 ? "(no date)"
            : Value;

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

        /// <summary>How the value follows from the cited text by arithmetic; empty when the text states it.</summary>
        public string Derivation { get; }

        /// <summary>The trade figure this claim is, as stated by <see cref="SourceId"/>; empty for a row of claims.csv.</summary>
        public string FigureId { get; }

        /// <summary>Each source a figure cites states it: one claim per source, on the figure's <see cref="TradeFigure.Topic"/>, about its period.</summary>
        internal static IEnumerable<Claim> OfFigure(TradeFigure figure, Func<string, RelationsSource?> sourceById)
        {
            var seen = new HashSet<string>(RelationsId.Comparer);
            foreach (var citation in figure.CitationList)
            {
                var source = sourceById(citation.SourceId);
                if (source is null || !seen.Add(citation.SourceId))
                {
                    continue;
                }

                string statement = figure.Note.Length > 0 ? figure.Note : figure.Metric + " " + figure.DisplayValue;
                yield return new Claim(
                    figure.Id + "@" + source.Id, figure.Topic, figure.Value.ToString(CultureInfo.InvariantCulture), figure.Value, null, figure.Unit, figure.Qualifier,
                    figure.PeriodDate, source, citation, statement, figure.Derivation, figure.Id)
                {
                    IsTotalOverPeriod = figure.IsTotalOverPeriod,
                };
            }
        }

        /// <summary>
        /// True for a figure's total over its period, about that whole period only; false for everything else,
        /// whose AsOf says when it held, at the precision the source gives.
        /// </summary>
        internal bool IsTotalOverPeriod { get; private set; }

        // A figure's total over less than a year says so, as the figure's own DisplayValue does.
        private string PartOfYear => IsTotalOverPeriod && ValueFormat.PartOfYear(AsOfDate) is string length ? " (" + length + ")" : string.Empty;

        internal decimal? Number { get; }

        internal FuzzyDate? DateValue { get; }

        internal FuzzyDate AsOfDate { get; }

        internal RelationsSource Source { get; }

        internal Citation CitationRef { get; }

        public override string ToString() => Id;
    }
}
