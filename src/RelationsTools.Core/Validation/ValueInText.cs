using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Validation
{
    /// <summary>
    /// Whether a paragraph shows a number of the data in an ordinary rendering, and which renderings count for
    /// which unit. USD: the amount in figures or words, with any scale word or abbreviation (US$20 billion,
    /// USD 20 billion, $20bn, 20 bn, 20,000 million, twenty billion). Percent: with a percent sign or phrase
    /// (80%, 80 per cent, 80 percent). Count: the number, in figures or words (205, three), also as an ordinal
    /// ("the 53rd anniversary" for 53) or a count of times (once, twice, thrice). Rank: an ordinal (third, 3rd,
    /// second-largest); "top five" only for a rank AtMost 5. A number the text gives only by arithmetic
    /// ("double the 2024 figure", "two decades") is not shown: its row says how in Derivation.
    /// </summary>
    internal static class ValueInText
    {
        /// <summary>True when <paramref name="unit"/> is one whose value is a number the text must show.</summary>
        public static bool IsChecked(ValueUnit unit)
            => unit == ValueUnit.USD || unit == ValueUnit.Percent || unit == ValueUnit.Count || unit == ValueUnit.Rank;

        public static bool Shows(string paragraph, decimal value, ValueUnit unit, Qualifier qualifier)
            => Shows(NumberScanner.Scan(paragraph), value, unit, qualifier);

        /// <summary>Whether one of the numbers a paragraph writes (<see cref="NumberScanner.Scan"/>) is the value.</summary>
        public static bool Shows(IEnumerable<NumberMention> mentions, decimal value, ValueUnit unit, Qualifier qualifier)
            => mentions.Any(mention => Accepts(mention, value, unit, qualifier));

        private static bool Accepts(NumberMention mention, decimal value, ValueUnit unit, Qualifier qualifier)
        {
            if (mention.Value != value)
            {
                return false;
            }

            return unit switch
            {
                ValueUnit.USD => mention.Form == MentionForm.Cardinal,
                ValueUnit.Percent => mention.Form == MentionForm.Percent,
                ValueUnit.Count => mention.Form == MentionForm.Cardinal || mention.Form == MentionForm.Ordinal || mention.Form == MentionForm.Times,
                ValueUnit.Rank => mention.Form == MentionForm.Ordinal || (mention.Form == MentionForm.Top && qualifier == Qualifier.AtMost),
                _ => false,
            };
        }

        /// <summary>A few ways the text could write the value, for a message: <c>20 billion, $20bn, 20,000 million</c>.</summary>
        public static string Examples(decimal value, ValueUnit unit, Qualifier qualifier)
        {
            string plain = value.ToString(CultureInfo.InvariantCulture);
            bool small = value == decimal.Truncate(value) && value >= 1 && value < 100;
            switch (unit)
            {
                case ValueUnit.USD:
                    var ways = new List<string>();
                    foreach (var (scale, word, abbreviation) in new[] { (1_000_000_000_000m, "trillion", "tn"), (1_000_000_000m, "billion", "bn"), (1_000_000m, "million", "m") })
                    {
                        decimal scaled = value / scale;
                        if (scaled >= 1)
                        {
                            string text = scaled.ToString("0.###", CultureInfo.InvariantCulture);
                            ways.Add("US$" + text + " " + word);
                            ways.Add("$" + text + abbreviation);
                            if (scale > 1_000_000m)
                            {
                                ways.Add((value / 1_000_000m).ToString("#,0.###", CultureInfo.InvariantCulture) + " million");
                            }

                            break;
                        }
                    }

                    ways.Add(value.ToString("#,0.###", CultureInfo.InvariantCulture));
                    return string.Join(", ", ways);
                case ValueUnit.Percent:
                    return $"{plain}%, {plain} per cent, {plain} percent";
                case ValueUnit.Count:
                    return small ? $"{plain}, {NumberWords.Cardinal((int)value)}" : value.ToString("#,0.###", CultureInfo.InvariantCulture);
                case ValueUnit.Rank:
                    int rank = (int)Math.Min(value, int.MaxValue);
                    string ordinals = $"{NumberWords.Ordinal(rank)}, {NumberWords.OrdinalDigits(rank)}";
                    return qualifier == Qualifier.AtMost ? $"top {NumberWords.Cardinal(rank)}, top {rank}, or {ordinals}" : ordinals;
                default:
                    return plain;
            }
        }
    }
}
