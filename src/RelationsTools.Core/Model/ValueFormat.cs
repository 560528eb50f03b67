using System;
using System.Globalization;

namespace RelationsTools.Model
{
    /// <summary>Formats values for display, always with the invariant culture so a table reads the same everywhere.</summary>
    public static class ValueFormat
    {
        public static string Display(decimal value, ValueUnit unit, Qualifier qualifier)
        {
            string number = unit switch
            {
                ValueUnit.USD => Money(value),
                ValueUnit.Percent => Plain(value) + " %",
                ValueUnit.Rank => "#" + Plain(value),
                _ => Plain(value),
            };
            return Prefix(qualifier) + number;
        }

        /// <summary>
        /// The length of a period shorter than a year, in words: whole months as months ("7 months" for
        /// <c>2025-01/2025-07</c>, "1 month" for <c>2025-03</c>), anything else in days ("15 days"). Null for a period
        /// of a year or more (twelve months from any month count as a year), an open period and an unknown one.
        /// </summary>
        internal static string? PartOfYear(FuzzyDate period)
        {
            if (period.Start is not DateTime first || period.End is not DateTime last || last >= first.AddYears(1).AddDays(-1))
            {
                return null;
            }

            if (first.Day == 1 && last.AddDays(1).Day == 1)
            {
                int months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
                return months == 1 ? "1 month" : months.ToString(CultureInfo.InvariantCulture) + " months";
            }

            int days = (last - first).Days + 1;
            return days == 1 ? "1 day" : days.ToString(CultureInfo.InvariantCulture) + " days";
        }

        public static string Prefix(Qualifier qualifier) => qualifier switch
        {
            Qualifier.About => "≈ ",
            Qualifier.AtLeast => "≥ ",
            Qualifier.AtMost => "≤ ",
            _ => string.Empty,
        };

        private static string Money(decimal value)
        {
            decimal magnitude = Math.Abs(value);
            if (magnitude >= 1_000_000_000m)
            {
                return "US$" + Scaled(value / 1_000_000_000m) + " bn";
            }

            if (magnitude >= 1_000_000m)
            {
                return "US$" + Scaled(value / 1_000_000m) + " m";
            }

            return "US$" + value.ToString("#,0.##", CultureInfo.InvariantCulture);
        }

        // One decimal at least (US$7.0 bn), more only when the source gave more (US$5.31 bn).
        private static string Scaled(decimal value) => value.ToString("0.0##", CultureInfo.InvariantCulture);

        private static string Plain(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);
    }
}
