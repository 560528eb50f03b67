using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RelationsTools.Validation
{
    /// <summary>English number words and scale abbreviations, as news and analysis write them.</summary>
    internal static class NumberWords
    {
        private static readonly string[] Units =
        {
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        };

        private static readonly string[] Tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

        private static readonly string[] UnitOrdinals =
        {
            "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        };

        private static readonly string[] TenOrdinals = { "", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth" };

        private static readonly Dictionary<string, int> Cardinals = BuildCardinals();

        private static readonly Dictionary<string, int> Ordinals = BuildOrdinals();

        private static readonly Dictionary<string, int> TimesWords = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["once"] = 1,
            ["twice"] = 2,
            ["thrice"] = 3,
        };

        // Scale words that may stand apart from their number: "20 billion", "20 bn", "20-billion".
        private static readonly Dictionary<string, decimal> SpacedScales = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["thousand"] = 1_000m,
            ["million"] = 1_000_000m,
            ["mn"] = 1_000_000m,
            ["mln"] = 1_000_000m,
            ["billion"] = 1_000_000_000m,
            ["bn"] = 1_000_000_000m,
            ["bln"] = 1_000_000_000m,
            ["trillion"] = 1_000_000_000_000m,
            ["tn"] = 1_000_000_000_000m,
            ["trn"] = 1_000_000_000_000m,
        };

        // One-letter abbreviations count only glued to the number ("$27m", "$20b", "5k"): apart, "27 m" is metres.
        private static readonly Dictionary<string, decimal> GluedOnlyScales = new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["k"] = 1_000m,
            ["m"] = 1_000_000m,
            ["b"] = 1_000_000_000m,
        };

        private static readonly HashSet<string> OrdinalSuffixes = new HashSet<string>(StringComparer.Ordinal) { "st", "nd", "rd", "th" };

        /// <summary>zero to nineteen, and the tens twenty to ninety.</summary>
        public static bool TryCardinal(string lowerWord, out int value) => Cardinals.TryGetValue(lowerWord, out value);

        /// <summary>first to nineteenth, and the tens twentieth to ninetieth.</summary>
        public static bool TryOrdinal(string lowerWord, out int value) => Ordinals.TryGetValue(lowerWord, out value);

        /// <summary>once, twice, thrice.</summary>
        public static bool TryTimes(string lowerWord, out int value) => TimesWords.TryGetValue(lowerWord, out value);

        /// <summary>thousand, million, billion, trillion, in full.</summary>
        public static bool TryFullScale(string lowerWord, out decimal scale)
            => SpacedScales.TryGetValue(lowerWord, out scale) && lowerWord.Length > 3;

        public static bool TrySpacedScale(string lowerWord, out decimal scale) => SpacedScales.TryGetValue(lowerWord, out scale);

        public static bool TryGluedScale(string lowerWord, out decimal scale)
            => SpacedScales.TryGetValue(lowerWord, out scale) || GluedOnlyScales.TryGetValue(lowerWord, out scale);

        public static bool IsOrdinalSuffix(string lowerWord) => OrdinalSuffixes.Contains(lowerWord);

        /// <summary>1 to 99 in words, "three", "twenty-five"; digits beyond.</summary>
        public static string Cardinal(int value)
        {
            if (value >= 0 && value < 20)
            {
                return Units[value];
            }

            if (value >= 20 && value < 100)
            {
                return Tens[value / 10] + (value % 10 == 0 ? string.Empty : "-" + Units[value % 10]);
            }

            return value.ToString(CultureInfo.InvariantCulture);
        }

        /// <summary>1 to 99 as an ordinal word, "third", "twenty-first"; "101st" beyond.</summary>
        public static string Ordinal(int value)
        {
            if (value >= 1 && value < 20)
            {
                return UnitOrdinals[value];
            }

            if (value >= 20 && value < 100)
            {
                return value % 10 == 0 ? TenOrdinals[value / 10] : Tens[value / 10] + "-" + UnitOrdinals[value % 10];
            }

            return OrdinalDigits(value);
        }

        /// <summary>"1st", "2nd", "3rd", "11th", "21st".</summary>
        public static string OrdinalDigits(int value)
        {
            int lastTwo = value % 100;
            string suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
            return value.ToString(CultureInfo.InvariantCulture) + suffix;
        }

        private static Dictionary<string, int> BuildCardinals()
        {
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < Units.Length; i++)
            {
                words[Units[i]] = i;
            }

            for (int i = 2; i < Tens.Length; i++)
            {
                words[Tens[i]] = i * 10;
            }

            return words;
        }

        private static Dictionary<string, int> BuildOrdinals()
        {
            var words = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 1; i < UnitOrdinals.Length; i++)
            {
                words[UnitOrdinals[i]] = i;
            }

            foreach (var (word, i) in TenOrdinals.Select((w, i) => (w, i)).Where(p => p.w.Length > 0))
            {
                words[word] = i * 10;
            }

            return words;
        }
    }
}
