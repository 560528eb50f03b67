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
