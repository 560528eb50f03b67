using RelationsTools.Model;
using RelationsTools.Validation;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>Which renderings of a number in a paragraph count as writing the data's value, unit by unit.</summary>
    public class ValueInTextTests
    {
        [Theory]
        [InlineData("a major goal of achieving $20 billion in bilateral trade", "20000000000")]
        [InlineData("a target of US$20 billion", "20000000000")]
        [InlineData("a target of USD 20 billion", "20000000000")]
        [InlineData("a target of USD20bn", "20000000000")]
        [InlineData("a target of KHR80bn", "80000000000")]
        [InlineData("a target of $20bn", "20000000000")]
        [InlineData("a target of 20 bn dollars", "20000000000")]
        [InlineData("a target of 20-billion dollars", "20000000000")]
        [InlineData("a target of 20,000 million", "20000000000")]
        [InlineData("a target of 20\u00A0000 million", "20000000000")]
        [InlineData("a target of 20,000,000,000", "20000000000")]
        [InlineData("a target of 20000000000", "20000000000")]
        [InlineData("a target of twenty billion dollars", "20000000000")]
        [InlineData("a target of US$0.02 trillion", "20000000000")]
        [InlineData("exporting $3.8 billion to Vietnam", "3800000000")]
        [InlineData("registered capital of $2.94 billion.", "2940000000")]
        [InlineData("nearly doubled the US$5.31 billion recorded in 2020", "5310000000")]
        [InlineData("pledges of US$27 million", "27000000")]
        [InlineData("pledges of $27m", "27000000")]
        [InlineData("pledges of 27 mln", "27000000")]
        [InlineData("about \\$5 billion in 2019", "5000000000")]
        [InlineData("a million dollars", "1000000")]
        [InlineData("a 5k grant", "5000")]
        [InlineData("USD 1.5 TRILLION", "1500000000000")]
        public void USD_is_shown_as_written_with_separators_or_scaled(string paragraph, string value)
            => Assert.True(ValueInText.Shows(paragraph, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), ValueUnit.USD, Qualifier.Exact));

        [Theory]
        [InlineData("double the 2024 figure of US$10 billion", "20000000000")]
        [InlineData("a target of 20 per cent", "20000000000")]
        [InlineData("a target of 3.8", "3800000000")]
        [InlineData("3.8 per cent of 1 billion", "3800000000")]
        [InlineData("about $2.9 billion", "2940000000")]
        [InlineData("a 20 m runway", "20000000")]
        [InlineData("millions of dollars", "1000000")]
        [InlineData("version 1.20.000 million", "20000000")]
        [InlineData("the frus1977 file", "1977")]
        [InlineData("the code ABCD20", "20")]
        [InlineData("2,000km away", "2000000000")]
        public void USD_is_not_shown_by_arithmetic_other_numbers_or_figures_inside_words(string paragraph, string value)
            => Assert.False(ValueInText.Shows(paragraph, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), ValueUnit.USD, Qualifier.Exact));

        [Theory]
        [InlineData("representing 20 per cent of Cambodia's total trade", true)]
        [InlineData("representing 20 percent of total trade", true)]
        [InlineData("representing 20% of total trade", true)]
        [InlineData("representing 20 % of total trade", true)]
        [InlineData("a 20-per-cent share", true)]
        [InlineData("twenty per cent of trade", true)]
        [InlineData("20 pct", true)]
        [InlineData("20 markers", false)]
        [InlineData("20 percentage points", false)]
        [InlineData("20 per year", false)]
        [InlineData("one-fifth of trade", false)]
        public void Percent_needs_a_percent_sign_or_phrase(string paragraph, bool shown)
            => Assert.Equal(shown, ValueInText.Shows(paragraph, 20m, ValueUnit.Percent, Qualifier.Exact));

        [Theory]
        [InlineData("holding 205 active projects", 205, true)]
        [InlineData("signed four cooperation deals", 4, true)]
        [InlineData("The five-day joint drill", 5, true)]
        [InlineData("To Lam has met with Hun Sen thrice", 3, true)]
        [InlineData("they met twice", 2, true)]
        [InlineData("the 53rd anniversary of their relations", 53, true)]
        [InlineData("the twenty-first meeting", 21, true)]
        [InlineData("two hundred and five projects", 205, true)]
        [InlineData("twenty-five years", 25, true)]
        [InlineData("375 border markers", 375, true)]
        [InlineData("over two decades", 20, false)]
        [InlineData("a two-decade-old initiative", 20, false)]
        [InlineData("how many millions of Vietnamese", 1000000, false)]
        [InlineData("3 per cent", 3, false)]
        [InlineData("among the top three", 3, false)]
        [InlineData("one twenty", 21, false)]
        public void Count_is_a_number_in_figures_or_words_an_ordinal_or_a_count_of_times(string paragraph, int value, bool shown)
            => Assert.Equal(shown, ValueInText.Shows(paragraph, value, ValueUnit.Count, Qualifier.Exact));

        [Theory]
        [InlineData("Vietnam is Cambodia's third-largest export market", 3, Qualifier.Exact, true)]
        [InlineData("Vietnam was the third largest investor", 3, Qualifier.Exact, true)]
        [InlineData("Cambodia ranks second among the countries", 2, Qualifier.Exact, true)]
        [InlineData("Cambodia's second-largest export destination", 2, Qualifier.Exact, true)]
        [InlineData("ranked 3rd", 3, Qualifier.Exact, true)]
        [InlineData("the twenty-first largest", 21, Qualifier.Exact, true)]
        [InlineData("one of Cambodia's top five foreign direct investors", 5, Qualifier.AtMost, true)]
        [InlineData("among the top 5 investors", 5, Qualifier.AtMost, true)]
        [InlineData("one of Cambodia's top five foreign direct investors", 5, Qualifier.Exact, false)]
        [InlineData("three countries", 3, Qualifier.Exact, false)]
        [InlineData("3 partners", 3, Qualifier.Exact, false)]
        [InlineData("the largest partner", 1, Qualifier.Exact, false)]
        public void Rank_is_an_ordinal_or_a_top_n_bound_for_AtMost(string paragraph, int value, Qualifier qualifier, bool shown)
            => Assert.Equal(shown, ValueInText.Shows(paragraph, value, ValueUnit.Rank, qualifier));

        [Theory]
        [InlineData("20000000000", ValueUnit.USD, Qualifier.Exact, "US$20 billion, $20bn, 20,000 million, 20,000,000,000")]
        [InlineData("27000000", ValueUnit.USD, Qualifier.Exact, "US$27 million, $27m, 27,000,000")]
        [InlineData("80", ValueUnit.Percent, Qualifier.AtLeast, "80%, 80 per cent, 80 percent")]
        [InlineData("3", ValueUnit.Count, Qualifier.Exact, "3, three")]
        [InlineData("3", ValueUnit.Rank, Qualifier.Exact, "third, 3rd")]
        [InlineData("5", ValueUnit.Rank, Qualifier.AtMost, "top five, top 5, or fifth, 5th")]
        public void A_miss_suggests_how_the_text_could_write_the_value(string value, ValueUnit unit, Qualifier qualifier, string expected)
            => Assert.Equal(expected, ValueInText.Examples(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), unit, qualifier));

        [Theory]
        [InlineData("as “the sacred treasure.”", "the sacred treasure", true)]
        [InlineData("as \"The Sacred Treasure\"", "the sacred treasure", true)]
        [InlineData("the terms “good neighbourliness,” “traditional friendship,” and", "good neighbourliness, traditional friendship", true)]
        [InlineData("to “breathe through its\nown nose”", "breathe through its own nose", true)]
        [InlineData("Cambodia’s “own nose”", "Cambodia's own nose", true)]
        [InlineData("to “breathe through its own nose”", "breathing through our own nose", false)]
        [InlineData("to “breathe through its own nose”", "breathe through own nose", false)]
        public void A_quote_is_found_ignoring_case_quotation_marks_and_line_breaks(string paragraph, string quote, bool shown)
            => Assert.Equal(shown, QuoteInText.Shows(paragraph, quote));
    }
}
