using System;
using System.Collections.Generic;
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
