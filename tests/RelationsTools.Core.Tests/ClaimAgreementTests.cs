using System;
using RelationsTools.Compare;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>The rules of Compare-Source, on hand-built claims where one rule is at stake at a time.</summary>
    public class ClaimAgreementTests
    {
        private static readonly ClaimAgreement Default = new ClaimAgreement(ClaimLedger.DefaultTolerance);

        [Fact]
        public void About_five_billion_agrees_with_five_point_oh_five_billion_at_the_default_tolerance()
        {
            Assert.True(Default.Agree(Claims.Number(5_000_000_000m, Qualifier.About), Claims.Number(5_050_000_000m)));
        }

        [Fact]
        public void Numbers_further_apart_than_the_tolerance_disagree()
        {
            Assert.False(Default.Agree(Claims.Number(5_000_000_000m), Claims.Number(5_310_000_000m)));
        }

        [Fact]
        public void Tolerance_is_relative_to_the_larger_number()
        {
            // |100 - 98| = 2 <= 0.02 * 100; measured against 98 it would be 2 > 1.96.
            Assert.True(Default.Agree(Claims.Number(98m), Claims.Number(100m)));
            Assert.False(Default.Agree(Claims.Number(97m), Claims.Number(100m)));
        }

        [Fact]
        public void A_tolerance_of_one_in_a_thousand_turns_a_one_percent_difference_into_disagreement()
        {
            var a = Claims.Number(10_000_000_000m);
            var b = Claims.Number(10_100_000_000m);

            Assert.True(Default.Agree(a, b));
            Assert.False(new ClaimAgreement(0.001).Agree(a, b));
        }

        [Fact]
        public void Zero_tolerance_asks_for_equal_numbers()
        {
            var strict = new ClaimAgreement(0);
            Assert.True(strict.Agree(Claims.Number(20m), Claims.Number(20m)));
            Assert.False(strict.Agree(Claims.Number(20m), Claims.Number(20.01m)));
        }

        [Theory]
        [InlineData(85, true)]
        [InlineData(80, true)]
        [InlineData(79, true)]    // within 2% below the bound: 79 >= 80 * 0.98
        [InlineData(78, false)]
        public void AtLeast_agrees_with_any_number_from_its_bound_up_and_just_below_it_within_tolerance(int other, bool agrees)
        {
            Assert.Equal(agrees, Default.Agree(Claims.Number(80m, Qualifier.AtLeast, ValueUnit.Percent), Claims.Number(other, unit: ValueUnit.Percent)));
        }

        [Theory]
        [InlineData(3, true)]
        [InlineData(5, true)]
        [InlineData(6, false)]
        public void AtMost_agrees_with_any_number_up_to_its_bound(int rank, bool agrees)
        {
            Assert.Equal(agrees, Default.Agree(Claims.Number(5m, Qualifier.AtMost, ValueUnit.Rank), Claims.Number(rank, unit: ValueUnit.Rank)));
        }

        [Fact]
        public void Two_AtLeast_claims_always_agree_and_so_do_two_AtMost()
        {
            Assert.True(Default.Agree(Claims.Number(20m, Qualifier.AtLeast), Claims.Number(1_000m, Qualifier.AtLeast)));
            Assert.True(Default.Agree(Claims.Number(5m, Qualifier.AtMost), Claims.Number(1m, Qualifier.AtMost)));
        }

        [Fact]
        public void AtLeast_and_AtMost_agree_only_when_their_ranges_meet_within_tolerance()
        {
            Assert.True(Default.Agree(Claims.Number(70m, Qualifier.AtLeast), Claims.Number(80m, Qualifier.AtMost)));
            Assert.False(Default.Agree(Claims.Number(80m, Qualifier.AtLeast), Claims.Number(70m, Qualifier.AtMost)));
        }

        [Fact]
        public void About_gets_no_width_beyond_the_tolerance()
        {
            Assert.False(Default.Agree(Claims.Number(20m, Qualifier.About, ValueUnit.Count), Claims.Number(25m, unit: ValueUnit.Count)));
            Assert.True(new ClaimAgreement(0.2).Agree(Claims.Number(20m, Qualifier.About, ValueUnit.Count), Claims.Number(25m, unit: ValueUnit.Count)));
        }

        [Fact]
        public void Claims_in_different_units_never_agree()
        {
            Assert.False(Default.Agree(Claims.Number(3m, unit: ValueUnit.Rank), Claims.Number(3m, unit: ValueUnit.Count)));
        }

        [Theory]
        [InlineData("2024-09", "2024-09-20", true)]
        [InlineData("2024", "2024-09-20", true)]
        [InlineData("2024", "2024-09", true)]
        [InlineData("../1974", "1970/1973", true)]
        [InlineData("2024-09-20", "2024-09-21", false)]
        [InlineData("2024-08", "2024-09-20", false)]
        [InlineData("1970/1979", "1975/1989", false)]   // overlapping spans name different periods
        public void A_date_agrees_with_a_date_whose_span_it_contains(string a, string b, bool agrees)
        {
            Assert.Equal(agrees, Default.Agree(Claims.Date(a), Claims.Date(b)));
            Assert.Equal(agrees, Default.Agree(Claims.Date(b), Claims.Date(a)));
        }

        [Theory]
        [InlineData("2024-09")]
        [InlineData("1967")]
        [InlineData("")]
        public void An_empty_date_disagrees_with_no_date(string other)
        {
            Assert.True(Default.Agree(Claims.Date(""), Claims.Date(other)));
        }

        [Theory]
        [InlineData(-0.01)]
        [InlineData(1.01)]
        [InlineData(double.NaN)]
        public void Tolerance_outside_zero_to_one_is_refused(double tolerance)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimLedger(Array.Empty<Claim>(), tolerance));
        }
    }
}
