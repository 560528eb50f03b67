using System.Globalization;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Tests
{
    /// <summary>Hand-built claims: every part a test does not name is a fixed, unremarkable default.</summary>
    internal static class Claims
    {
        private static int counter;

        public static Claim Number(decimal value, Qualifier qualifier = Qualifier.Exact, ValueUnit unit = ValueUnit.USD, string asOf = "2024", string source = "source-a", string repostOf = "", string topic = "test-topic")
            => Make(value.ToString(CultureInfo.InvariantCulture), value, null, unit, qualifier, asOf, source, repostOf, topic);

        /// <summary>Two-way trade over <paramref name="period"/>, as a trade figure's claim: a total, about that whole period.</summary>
        public static Claim Total(decimal value, string period, string sourceId)
        {
            var figure = new TradeFigure("tf-test-" + sourceId, TradeMetric.BilateralTrade, FuzzyDate.Parse(period), FigureKind.Actual, value, ValueUnit.USD, Qualifier.Exact, new[] { new Citation(sourceId, 1, 1) }, "A test figure.");
            var source = new RelationsSource(sourceId, "Title of " + sourceId, "", DelimitedList.Parse(""), FuzzyDate.Unknown, SourceKind.NewsReport, DelimitedList.Parse("en"), "");
            return Claim.OfFigure(figure, id => source).Single();
        }

        /// <summary>A Status or Quote claim.</summary>
        public static Claim Text(ValueUnit unit, string words, string asOf = "2025", string source = "source-a")
            => Make(words, null, null, unit, Qualifier.Exact, asOf, source);

        /// <summary>A date claim; its AsOf is its own date unless given, as for a dated happening.</summary>
        public static Claim Date(string value, string? asOf = null, string source = "source-a")
            => Make(value, null, FuzzyDate.Parse(value), ValueUnit.Date, Qualifier.Exact, asOf ?? value, source);

        private static Claim Make(string text, decimal? number, FuzzyDate? date, ValueUnit unit, Qualifier qualifier, string asOf, string sourceId, string repostOf = "", string topic = "test-topic")
        {
            var source = new RelationsSource(sourceId, "Title of " + sourceId, "", DelimitedList.Parse(""), FuzzyDate.Unknown, SourceKind.NewsReport, DelimitedList.Parse("en"), "", repostOf: repostOf);
            int n = System.Threading.Interlocked.Increment(ref counter);
            return new Claim("cl-test-" + n.ToString(CultureInfo.InvariantCulture), topic, text, number, date, unit, qualifier, FuzzyDate.Parse(asOf), source, new Citation(sourceId, 1, 1), "A test claim.");
        }
    }
}
