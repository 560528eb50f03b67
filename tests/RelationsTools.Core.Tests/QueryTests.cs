using System.Collections.Generic;
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

        private static List<RelationsEvent> Run(EventQuery query) => query.Run(Data, ReadMonitor.Strict).ToList();

        [Fact]
        public void An_unbounded_window_admits_an_unknown_date_and_a_bounded_one_does_not()
        {
            Assert.True(DateWindow.Unbounded.Admits(FuzzyDate.Unknown, within: false));
            Assert.False(Window("1900", "2100").Admits(FuzzyDate.Unknown, within: false));
        }

        [Fact]
        public void Events_known_only_by_bounds_overlap_a_week_but_are_not_within_it()
        {
            var overlapping = Run(new EventQuery(window: Window("2024-09-15", "2024-09-21")));
            var within = Run(new EventQuery(window: Window("2024-09-15", "2024-09-21"), within: true));

            Assert.Contains(overlapping, e => e.Precision == DatePrecision.Bounded);
            Assert.DoesNotContain(within, e => e.Precision == DatePrecision.Bounded);
            Assert.Contains(within, e => e.Id == "ev-2024-09-20-clv-dta-withdrawal");
        }

        [Fact]
        public void Events_come_by_first_day_an_open_start_placed_by_its_last_day_then_by_id_and_undated_ones_last()
        {
            var events = Run(new EventQuery());
            var dated = events.TakeWhile(e => e.Date.Length > 0).ToList();
            var undated = events.Skip(dated.Count).ToList();
            var days = dated.Select(e => e.Start ?? e.End).ToList();

            Assert.All(days, day => Assert.NotNull(day));
            for (int i = 1; i < dated.Count; i++)
            {
                bool openStartFirst = dated[i - 1].Start is null && dated[i].Start is not null;
                bool sameOpenness = (dated[i - 1].Start is null) == (dated[i].Start is null);
                Assert.True(days[i - 1] < days[i] || (days[i - 1] == days[i] && (openStartFirst || (sameOpenness && RelationsId.Comparer.Compare(dated[i - 1].Id, dated[i].Id) < 0))),
                    $"{dated[i - 1].Id} ({dated[i - 1].Date}) before {dated[i].Id} ({dated[i].Date})");
            }

            Assert.NotEmpty(undated);
            Assert.All(undated, e => Assert.Equal("", e.Date));
            Assert.Equal(undated.Select(e => e.Id).OrderBy(id => id, StringComparer.Ordinal), undated.Select(e => e.Id));
            Assert.Equal(Data.Events.Count, events.Count);
        }

        [Fact]
        public void A_war_at_an_unknown_time_after_1970_is_only_possibly_in_March_2026()
        {
            var march = Run(new EventQuery(window: Window("2026-03", "2026-03")));
            var certain = Run(new EventQuery(window: Window("2026-03", "2026-03"), certainOnly: true));

            Assert.Equal(Certainty.Possible, Assert.Single(march, e => e.Id == "ev-undated-sino-vietnamese-war").InWindow);
            Assert.DoesNotContain(certain, e => e.Id == "ev-undated-sino-vietnamese-war");
            Assert.All(certain, e => Assert.Equal(Certainty.Certain, e.InWindow));
            Assert.DoesNotContain(certain, e => e.Id == "ev-2026-joint-commission-22nd-meeting");   // some time in 2026
        }

        [Fact]
        public void Every_event_returned_for_a_window_says_how_surely_it_falls_in_it_and_none_without_one()
        {
            var in1979 = Run(new EventQuery(window: Window("1979", "1979")));

            Assert.Equal(Certainty.Certain, Assert.Single(in1979, e => e.Id == "ev-1970-1989-strained-relations").InWindow);   // a span over all of 1979
            Assert.Equal(Certainty.Certain, Assert.Single(in1979, e => e.Id == "ev-1979-1989-vietnamese-military-involvement").InWindow);
            Assert.Equal(Certainty.Possible, Assert.Single(in1979, e => e.Id == "ev-undated-sino-vietnamese-war").InWindow);
            Assert.All(Run(new EventQuery()), e => Assert.Null(e.InWindow));
        }

        [Fact]
        public void Within_keeps_its_meaning_every_day_the_date_can_mean_inside_the_window()
        {
            var within = Run(new EventQuery(window: Window("1970", "1989"), within: true)).Select(e => e.Id).ToList();

            Assert.Contains("ev-1979-1989-vietnamese-military-involvement", within);
            Assert.DoesNotContain("ev-undated-sino-vietnamese-war", within);
        }

        [Fact]
        public void A_summit_called_recent_in_a_2024_op_ed_may_have_been_in_2023()
        {
            var in2023 = Run(new EventQuery(window: Window("2023", "2023")));

            Assert.Equal(Certainty.Possible, Assert.Single(in2023, e => e.Id == "ev-2024-gms-summit").InWindow);
        }

        [Fact]
        public void What_the_op_ed_places_before_the_withdrawal_sorts_before_it()
        {
            var ids = Run(new EventQuery(window: Window("2024-09", "2024-09"))).Select(e => e.Id).ToList();

            int withdrawal = ids.IndexOf("ev-2024-09-20-clv-dta-withdrawal");
            Assert.InRange(ids.IndexOf("ev-2024-clv-dta-diaspora-protests"), 0, withdrawal - 1);
            Assert.InRange(ids.IndexOf("ev-2024-hun-manet-own-nose-remark"), 0, withdrawal - 1);
        }

        [Fact]
        public void A_date_by_a_day_comes_before_one_that_starts_that_day()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\n"
                + "ev-a,1974-06-30,T,S,History,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-b,[..1974-06-30],T,S,History,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-c,1974-06-30/1975,T,S,History,,,cicp-2020-07-13-new-heights ¶3,\n");

            var events = new EventQuery().Run(DataFolder.Open(folder.Path, Data, ReadMonitor.Strict), ReadMonitor.Strict).Select(e => e.Id);

            Assert.Equal(new[] { "ev-b", "ev-a", "ev-c" }, events);
        }

        [Fact]
        public void A_folder_of_data_version_1_0_reads_its_open_intervals_as_the_spans_they_are_written_as()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\n"
                + "ev-open-end,1970/..,T,S,History,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-open-start,../1974,T,S,History,,,cicp-2020-07-13-new-heights ¶3,\n");
            var data = DataFolder.Open(folder.Path, Data, ReadMonitor.Strict);

            var in2026 = new EventQuery(window: Window("2026-03", "2026-03")).Run(data, ReadMonitor.Strict).ToList();
            var in1960 = new EventQuery(window: Window("1960", "1960")).Run(data, ReadMonitor.Strict).ToList();

            Assert.Equal(Certainty.Certain, Assert.Single(in2026).InWindow);   // a span still going on
            Assert.Equal(Certainty.Certain, Assert.Single(in1960).InWindow);   // a span running back without bound
        }

        [Fact]
        public void A_date_known_only_as_by_a_year_is_placed_at_that_year_not_first()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\n"
                + "ev-a,1980,T,S,History,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-b,../1974,T,S,History,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-c,1974-06,T,S,History,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-d,,T,S,History,,,cicp-2020-07-13-new-heights ¶3,\n");

            var events = new EventQuery().Run(DataFolder.Open(folder.Path, Data, ReadMonitor.Strict), ReadMonitor.Strict).Select(e => e.Id);

            Assert.Equal(new[] { "ev-c", "ev-b", "ev-a", "ev-d" }, events);
        }

        [Fact]
        public void An_id_and_a_source_id_match_however_the_file_or_the_user_writes_them()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\n"
                + "ev-2026-talks\u200B,2026,T,S,Diplomacy,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-2026-other,2026,T,S,Diplomacy,,,cicp-2020-07-13-new-heights ¶3,\n");
            var data = DataFolder.Open(folder.Path, Data, ReadMonitor.Strict);
            var query = new EventQuery(ids: new[] { "EV\u20112026-talks " }, sourceIds: new[] { "cicp\u20132020-07-13-new-heights" });

            var result = query.Run(data, ReadMonitor.Strict);

            Assert.Equal(new[] { "ev-2026-talks\u200B" }, result.Select(e => e.Id));
            Assert.Empty(result.NotFound);
        }

        [Fact]
        public void An_actor_is_found_by_alias_without_diacritics()
        {
            var ids = ActorNames.IdsNamedBy(Data.Actors, new TextPattern("to lam", ignoreDiacritics: true));

            Assert.Contains("to-lam", ids);
        }

        [Fact]
        public void Keywords_are_found_inside_the_summary()
        {
            var found = Run(new EventQuery(keywords: new[] { "EXPRESSWAY" }));

            Assert.NotEmpty(found);
            Assert.All(found, e => Assert.Contains("expressway", (e.Title + " " + e.Summary).ToLowerInvariant()));
        }

        [Fact]
        public void Year_filter_selects_figures_whose_period_overlaps_the_year()
        {
            var figures = new TradeFigureQuery(years: new[] { 2025 }, kinds: new[] { FigureKind.Actual }).Run(Data, ReadMonitor.Strict).ToList();

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
            Assert.Equal(expected, TestCulture.Under("de-DE", () => ValueFormat.Display((decimal)value, unit, qualifier)));
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
