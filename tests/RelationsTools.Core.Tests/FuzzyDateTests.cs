using System;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    public class FuzzyDateTests
    {
        [Theory]
        [InlineData("1967", DatePrecision.Year, "1967-01-01", "1967-12-31")]
        [InlineData("2024-09", DatePrecision.Month, "2024-09-01", "2024-09-30")]
        [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
        [InlineData("2024-09-20", DatePrecision.Day, "2024-09-20", "2024-09-20")]
        [InlineData("1979/1989", DatePrecision.Range, "1979-01-01", "1989-12-31")]
        [InlineData("2024-09-27/2024-12-27", DatePrecision.Range, "2024-09-27", "2024-12-27")]
        [InlineData("2024-09-20/2024", DatePrecision.Range, "2024-09-20", "2024-12-31")]
        [InlineData("2019~", DatePrecision.Year, "2019-01-01", "2019-12-31")]
        [InlineData("[2024-09-27..2024-12-27]", DatePrecision.Bounded, "2024-09-27", "2024-12-27")]
        [InlineData("[2020-07-13..2024]", DatePrecision.Bounded, "2020-07-13", "2024-12-31")]
        [InlineData("[2019-09..2019-12]", DatePrecision.Bounded, "2019-09-01", "2019-12-31")]
        public void Parses_each_form_to_its_first_and_last_day(string text, DatePrecision precision, string first, string last)
        {
            var date = FuzzyDate.Parse(text);

            Assert.Equal(precision, date.Precision);
            Assert.Equal(DateTime.Parse(first, System.Globalization.CultureInfo.InvariantCulture), date.Start);
            Assert.Equal(DateTime.Parse(last, System.Globalization.CultureInfo.InvariantCulture), date.End);
            Assert.Equal(text, date.ToString());
            Assert.Equal(text, date.Format());
        }

        [Fact]
        public void Open_start_has_no_first_day_and_is_Open()
        {
            var date = FuzzyDate.Parse("../1974");

            Assert.Equal(DatePrecision.Open, date.Precision);
            Assert.Null(date.Start);
            Assert.Equal(new DateTime(1974, 12, 31), date.End);
        }

        [Fact]
        public void A_moment_after_a_bound_has_no_last_day_and_is_no_span()
        {
            var date = FuzzyDate.Parse("[1970..]");

            Assert.Equal(DatePrecision.Bounded, date.Precision);
            Assert.Equal(new DateTime(1970, 1, 1), date.Start);
            Assert.Null(date.End);
            Assert.False(date.IsSpan);
            Assert.True(FuzzyDate.Parse("1970/..").IsSpan);
        }

        [Fact]
        public void A_moment_before_a_bound_has_no_first_day()
        {
            var date = FuzzyDate.Parse("[..2024-09-20]");

            Assert.Null(date.Start);
            Assert.Equal(new DateTime(2024, 9, 20), date.End);
            Assert.Equal("[..2024-09-20]", date.Format());
        }

        [Fact]
        public void Approximate_bounds_of_a_moment_round_trip()
        {
            var date = FuzzyDate.Parse("[2024~..2025-03]");

            Assert.True(date.IsApproximate);
            Assert.Equal("[2024~..2025-03]", date.Format());
        }

        // Window: March 2026, the query of issue 21 that returned the Sino-Vietnamese war as if certain.
        [Theory]
        [InlineData("1970/..", "2026-03", "2026-03", Certainty.Certain)]          // a span still going on
        [InlineData("[1970..]", "2026-03", "2026-03", Certainty.Possible)]        // one moment some time after 1970
        [InlineData("[1970..]", "1970", null, Certainty.Certain)]                 // ... certainly after 1970 began
        [InlineData("1970/1989", "1979", "1979", Certainty.Certain)]              // a span over 1979 whichever its ends
        [InlineData("1970/1989", "1970-03", "1970-03", Certainty.Possible)]       // it may have begun in December 1970
        [InlineData("1970/1989", "1989-11", "1989-11", Certainty.Possible)]       // it may have ended in January 1989
        [InlineData("1970/1989", "1970-12-31", "1989-01-01", Certainty.Certain)]
        [InlineData("2020/2020-07-13", "2020-07-13", "2020-07-13", Certainty.Certain)] // whenever in 2020 it began, it ran to 13 July
        [InlineData("../1974", "1960", "1960", Certainty.Certain)]                // a span open at the start runs back without bound
        [InlineData("[..1974]", "1960", "1960", Certainty.Possible)]              // "by 1974": one moment, any time before
        [InlineData("2024-09", "2024-09-15", "2024-09-25", Certainty.Possible)]   // a month is some day in it
        [InlineData("2024-09", "2024", "2024", Certainty.Certain)]
        [InlineData("2024-09-20", "2024-09-15", "2024-09-25", Certainty.Certain)]
        [InlineData("[2024-09-27..2024-12-27]", "2024-10", "2024-12", Certainty.Possible)]
        [InlineData("[2024-09-27..2024-12-27]", "2024-09-27", "2024-12-27", Certainty.Certain)]
        [InlineData("[..2024-09-20]", null, "2024-09-20", Certainty.Certain)]
        [InlineData("[..2024-09-20]", "2024", "2024", Certainty.Possible)]
        public void InWindow_is_Certain_only_when_the_date_falls_in_the_window_whatever_it_turns_out_to_be(string text, string? from, string? to, Certainty expected)
        {
            var date = FuzzyDate.Parse(text);

            Assert.Equal(expected, date.InWindow(FuzzyDate.Parse(from).Start, FuzzyDate.Parse(to).End));
        }

        [Theory]
        [InlineData("[1970..]", "1960", "1969")]
        [InlineData("[..2024-09-20]", "2024-09-21", null)]
        [InlineData("1970/1989", "1990", null)]
        [InlineData("", "1990", null)]
        public void InWindow_is_null_for_a_date_that_cannot_fall_in_the_window(string text, string? from, string? to)
        {
            Assert.Null(FuzzyDate.Parse(text).InWindow(FuzzyDate.Parse(from).Start, FuzzyDate.Parse(to).End));
        }

        [Fact]
        public void Open_end_has_no_last_day()
        {
            var date = FuzzyDate.Parse("2026/..");

            Assert.Equal(new DateTime(2026, 1, 1), date.Start);
            Assert.Null(date.End);
        }

        [Fact]
        public void Empty_text_is_the_unknown_date_and_overlaps_nothing()
        {
            var date = FuzzyDate.Parse("");

            Assert.Equal(DatePrecision.Unknown, date.Precision);
            Assert.False(date.Overlaps(null, null));
        }

        [Fact]
        public void Tilde_marks_the_date_approximate()
        {
            Assert.True(FuzzyDate.Parse("2019~").IsApproximate);
            Assert.False(FuzzyDate.Parse("2019").IsApproximate);
        }

        [Theory]
        [InlineData("2024-13-01", "month")]
        [InlineData("2024-02-30", "day")]
        [InlineData("2024-9-1", "YYYY")]
        [InlineData("1979/1975", "ends before it starts")]
        [InlineData("../..", "both ends")]
        [InlineData("24", "YYYY")]
        [InlineData("2024-09-20 ", "YYYY")]
        [InlineData("2024/2025/2026", "more than one")]
        [InlineData("２０２４", "four-digit year")]
        [InlineData("[..]", "both ends")]
        [InlineData("[2024..2023]", "ends before it starts")]
        [InlineData("[2024..2024]", "write '2024'")]
        [InlineData("[2024/2025]", "[A..B]")]
        [InlineData("[2024..", "[A..B]")]
        [InlineData("[2024...2025]", "YYYY")]
        [InlineData("[2024-9..]", "YYYY")]
        public void Rejects_malformed_dates_and_says_why(string text, string reason)
        {
            Assert.False(FuzzyDate.TryParse(text, out _, out string error));
            Assert.Contains(reason, error);
        }

        [Fact]
        public void Month_precision_date_overlaps_any_day_in_that_month()
        {
            var september = FuzzyDate.Parse("2024-09");

            Assert.True(september.Overlaps(new DateTime(2024, 9, 30), new DateTime(2024, 10, 15)));
            Assert.False(september.Overlaps(new DateTime(2024, 10, 1), null));
        }

        [Fact]
        public void Year_precision_date_is_not_within_a_one_week_window()
        {
            var year = FuzzyDate.Parse("2024");

            Assert.True(year.Overlaps(new DateTime(2024, 9, 15), new DateTime(2024, 9, 21)));
            Assert.False(year.IsWithin(new DateTime(2024, 9, 15), new DateTime(2024, 9, 21)));
        }

        [Fact]
        public void A_month_contains_a_day_in_it_but_not_the_reverse()
        {
            var month = FuzzyDate.Parse("2024-09");
            var day = FuzzyDate.Parse("2024-09-20");

            Assert.True(month.Contains(day));
            Assert.False(day.Contains(month));
        }
    
        [Theory]
        [InlineData("1967")]
        [InlineData("2024-09")]
        [InlineData("2024-02")]
        [InlineData("2024-09-20")]
        [InlineData("1979/1989")]
        [InlineData("../1974")]
        [InlineData("2026/..")]
        [InlineData("2019~")]
        [InlineData("2024-09-20/2024")]
        [InlineData("[1970..]")]
        [InlineData("[..2024-09-20]")]
        [InlineData("[2024-09-27..2024-12]")]
        [InlineData("")]
        public void Reading_bounds_in_place_agrees_with_the_full_parse(string text)
        {
            var date = FuzzyDate.Parse(text);

            Assert.True(RelationsTools.Data.Utf8Field.TryParseDateBounds(System.Text.Encoding.UTF8.GetBytes(text), out var first, out var last, out bool isKnown));
            Assert.Equal(date.Start, first);
            Assert.Equal(date.End, last);
            Assert.Equal(date.IsKnown, isKnown);
        }

        [Theory]
        [InlineData("2024-13")]
        [InlineData("2024-02-30")]
        [InlineData("Tô Lâm")]
        [InlineData("2024-09-20/2024-09-21/2024-09-22")]
        public void Reading_bounds_in_place_refuses_what_the_full_parse_refuses(string text)
        {
            Assert.False(RelationsTools.Data.Utf8Field.TryParseDateBounds(System.Text.Encoding.UTF8.GetBytes(text), out _, out _, out _));
        }
    }
}
