using System;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    public class QueryTests
    {
        private static readonly RelationsData Data = RelationsData.Load(RepoPaths.BundledData);

        private static DateWindow Window(string from, string to) => DateWindow.Between(FuzzyDate.Parse(from), FuzzyDate.Parse(to));

        [Fact]
        public void A_window_runs_from_the_first_day_of_From_to_the_last_day_of_To()
        {
            var window = Window("1979", "2024-09");

            Assert.Equal(new DateTime(1979, 1, 1), window.First);
            Assert.Equal(new DateTime(2024, 9, 30), window.Last);
        }

        [Fact]
        public void A_window_that_ends_before_it_starts_is_refused()
        {
            Assert.Throws<ArgumentException>(() => Window("2025", "2024-12"));
        }

        [Fact]
        public void An_unbounded_window_admits_an_unknown_date_and_a_bounded_one_does_not()
        {
            Assert.True(DateWindow.Unbounded.Admits(FuzzyDate.Unknown, within: false));
            Assert.False(Window("1900", "2100").Admits(FuzzyDate.Unknown, within: false));
        }

        [Fact]
        public void Year_precision_events_overlap_a_week_but_are_not_within_it()
        {
            var overlapping = new EventQuery { Window = Window("2024-09-15", "2024-09-21") }.Run(Data).ToList();
            var within = new EventQuery { Window = Window("2024-09-15", "2024-09-21"), Within = true }.Run(Data).ToList();

            Assert.Contains(overlapping, e => e.Precision == DatePrecision.Year);
            Assert.DoesNotContain(within, e => e.Precision == DatePrecision.Year);
            Assert.Contains(within, e => e.Id == "ev-2024-09-20-clv-dta-withdrawal");
        }

        [Fact]
        public void Events_come_sorted_by_first_day_with_open_starts_first_and_undated_ones_last()
        {
            var events = new EventQuery().Run(Data).ToList();
            var dated = events.TakeWhile(e => e.Date.Length > 0).ToList();
            var undated = events.Skip(dated.Count).ToList();
            var starts = dated.Select(e => e.Start ?? DateTime.MinValue).ToList();

            Assert.Equal(starts.OrderBy(d => d), starts);
            Assert.NotEmpty(undated);
            Assert.All(undated, e => Assert.Equal("", e.Date));
            Assert.Equal(undated.Select(e => e.Id).OrderBy(id => id, StringComparer.Ordinal), undated.Select(e => e.Id));
            Assert.Equal(Data.Events.Count, events.Count);
        }

        [Fact]
        public void An_actor_is_found_by_alias_without_diacritics()
        {
            var ids = EventQuery.MatchingActorIds(Data.Actors, TextPattern.Create(new[] { "to lam" }, ignoreDiacritics: true)!);

            Assert.Contains("to-lam", ids);
        }

        [Fact]
        public void Keywords_are_found_inside_the_summary()
        {
            var found = new EventQuery { Keywords = TextPattern.Containing(new[] { "EXPRESSWAY" }) }.Run(Data).ToList();

            Assert.NotEmpty(found);
            Assert.All(found, e => Assert.Contains("expressway", (e.Title + " " + e.Summary).ToLowerInvariant()));
        }

        [Fact]
        public void Year_filter_selects_figures_whose_period_overlaps_the_year()
        {
            var figures = new TradeFigureQuery { Years = new[] { 2025 }, Kinds = new[] { FigureKind.Actual } }.Run(Data).ToList();

            Assert.Equal(3, figures.Count);
            Assert.All(figures, f => Assert.Equal("2025-01/2025-07", f.Period));
        }

        [Theory]
        [InlineData(7000000000, ValueUnit.USD, Qualifier.Exact, "US$7.0 bn")]
        [InlineData(5310000000, ValueUnit.USD, Qualifier.Exact, "US$5.31 bn")]
        [InlineData(5000000000, ValueUnit.USD, Qualifier.About, "≈ US$5.0 bn")]
        [InlineData(27000000, ValueUnit.USD, Qualifier.Exact, "US$27.0 m")]
        [InlineData(80, ValueUnit.Percent, Qualifier.AtLeast, "≥ 80 %")]
        [InlineData(205, ValueUnit.Count, Qualifier.Exact, "205")]
        [InlineData(5, ValueUnit.Rank, Qualifier.AtMost, "≤ #5")]
        public void Display_values_read_like_a_table_in_any_culture(double value, ValueUnit unit, Qualifier qualifier, string expected)
        {
            var saved = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
                Assert.Equal(expected, ValueFormat.Display((decimal)value, unit, qualifier));
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = saved;
            }
        }

        [Fact]
        public void A_delimited_list_writes_itself_in_the_datasets_list_syntax()
        {
            var list = new DelimitedList(new[] { "hun-sen", "to-lam" });

            Assert.Equal("hun-sen; to-lam", list.ToString());
            Assert.Equal("to-lam", list[1]);
        }
    }
}
