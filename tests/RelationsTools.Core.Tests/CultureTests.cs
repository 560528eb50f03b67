using System;
using System.Globalization;
using System.Linq;
using RelationsTools.Compare;
using RelationsTools.Data;
using RelationsTools.Validation;
using RelationsTools.Model;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// Parsing, formatting, sorting and matching give the same answers whatever the session's culture:
    /// each test runs under the invariant culture and under de-DE (decimal comma), tr-TR (dotted and
    /// dotless i), ja-JP (another calendar's eras in formatting) and ar-SA (Hijri calendar, Arabic digits).
    /// </summary>
    [Trait("Category", "Culture")]
    public class CultureTests
    {
        public static readonly TheoryData<string> Cultures = new TheoryData<string> { "de-DE", "tr-TR", "ja-JP", "ar-SA" };

        private static T Under<T>(string culture, Func<T> read) => TestCulture.Under(culture, read);

        private static string Answers()
        {
            var data = RelationsData.Load(RepoPaths.BundledData);
            var events = new EventQuery(
                categories: new[] { "TRADE*", "dIPLOMACY" },
                actors: new[] { "TO LAM" },
                window: DateWindow.Between(FuzzyDate.Parse("2024"), FuzzyDate.Parse("2025-12"))).Run(data, ReadMonitor.Strict).Select(e => $"{e.Id}|{e.Start:O}|{e.End:O}");
            var figures = data.TradeFigures.Select(f => $"{f.Id}|{f.Value}|{f.DisplayValue}|{f.PeriodStart:O}");
            var comparisons = new ClaimLedger(data.Claims, ClaimLedger.DefaultTolerance).CompareTopics().Select(c => $"{c.Topic}|{c.Status}|{c.Summary}");
            var dates = new[] { "1967", "2024-02", "2024-09-20", "1979/1989", "../1974", "2019~" }.Select(t => FuzzyDate.Parse(t)).Select(d => $"{d.Start:O}|{d.End:O}|{d.Format()}");
            return string.Join("\n", events.Concat(figures).Concat(comparisons).Concat(dates));
        }

        [Theory]
        [MemberData(nameof(Cultures))]
        public void The_bundled_data_reads_queries_formats_and_compares_the_same(string culture)
        {
            string invariant = Under("", Answers);

            Assert.Equal(invariant, Under(culture, Answers));
            Assert.Contains("≈ US$7.0 bn", invariant);
        }

        [Theory]
        [MemberData(nameof(Cultures))]
        public void A_number_in_the_session_cultures_own_form_is_still_refused(string culture)
        {
            using var folder = new TempDataFolder();
            string localNumber = Under(culture, () => 5.31m.ToString(CultureInfo.CurrentCulture));
            folder.Write("trade-figures.csv", "Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Note\n"
                + $"tf-1,BilateralTrade,2020,Actual,\"{localNumber}\",USD,Exact,iseas-2025-03-mending-fences ¶7,\n");

            var problems = Under(culture, () => DataValidator.Validate(folder.Path, RelationsData.Load(RepoPaths.BundledData)));

            if (localNumber == "5.31")
            {
                Assert.Empty(problems);
            }
            else
            {
                Assert.Equal(DataErrorIds.InvalidNumber, Assert.Single(problems).ErrorId);
            }
        }
    }
}
