using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace RelationsTools.Validation
{
    /// <summary>
    /// Finds the numbers a paragraph writes, in figures or in words, and what each is: "US$5.31 billion" is
    /// 5310000000, "20,000 million" 20000000000, "80 per cent" a percent, "third" and "3rd" ordinals, "twice"
    /// a count of times, "top five" a bound on a rank.
    /// </summary>
    /// <remarks>
    /// Reading the text into numbers, rather than writing the data's value out in every way it could be
    /// written and searching for each, makes the renderings combine freely (any figure or word number, any
    /// scale word or abbreviation, any percent sign or phrase) and keeps a match exact: "3.8 billion" is
    /// 3800000000 and nothing else, never "3.8 per cent".
    /// </remarks>
    internal static class NumberScanner
    {
        private const int MaxDigits = 28;

        public static List<NumberMention> Scan(string text)
        {
            var mentions = new List<NumberMention>();
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (IsDigit(c))
                {
                    i = StandsAlone(text, i) ? ReadFigures(text, i, mentions) : SkipFigures(text, i);
                }
                else if (char.IsLetter(c))
                {
                    i = i == 0 || !char.IsLetterOrDigit(text[i - 1]) ? ReadWords(text, i, mentions) : EndOfWord(text, i);
                }
                else
                {
                    i++;
                }
            }

            return mentions;
        }

        // Figures inside a word or a code ("v22", "frus1977") are not quantities; after a currency code ("USD20bn") they are.
        private static bool StandsAlone(string text, int i)
        {
            if (i == 0)
            {
                return true;
            }

            char previous = text[i - 1];
            if ((previous == '.' || previous == ',') && i >= 2 && IsDigit(text[i - 2]))
            {
                return false;
            }

            if (!char.IsLetter(previous))
            {
                return true;
            }

            int start = i - 1;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (i - start != 3)
            {
                return false;
            }

            for (int k = start; k < i; k++)
            {
                if (text[k] < 'A' || text[k] > 'Z')
                {
                    return false;
                }
            }

            return true;
        }

        private static int ReadFigures(string text, int i, List<NumberMention> mentions)
        {
            int j = i;
            while (j < text.Length && IsDigit(text[j]))
            {
                j++;
            }

            var number = new StringBuilder().Append(text, i, j - i);
            if (j - i <= 3)
            {
                // Thousands separators: a comma, or the no-break and thin spaces typesetting uses ("20 000").
                while (j + 3 < text.Length && IsGroupSeparator(text[j]) && IsDigit(text[j + 1]) && IsDigit(text[j + 2]) && IsDigit(text[j + 3])
                    && (j + 4 >= text.Length || !IsDigit(text[j + 4])))
                {
                    number.Append(text, j + 1, 3);
                    j += 4;
                }
            }

            bool whole = true;
            if (j + 1 < text.Length && text[j] == '.' && IsDigit(text[j + 1]))
            {
                int k = j + 1;
                while (k < text.Length && IsDigit(text[k]))
                {
                    k++;
                }

                number.Append('.').Append(text, j + 1, k - j - 1);
                j = k;
                whole = false;
            }

            // Figures run on by more figures ("1.2.3", "1,23") are a version or a list, not a quantity.
            if (j + 1 < text.Length && (text[j] == '.' || text[j] == ',') && IsDigit(text[j + 1]))
            {
                return SkipFigures(text, j);
            }

            if (number.Length > MaxDigits + 1
                || !decimal.TryParse(number.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
            {
                return SkipFigures(text, j);
            }

            if (j < text.Length && char.IsLetter(text[j]))
            {
                int end = EndOfWord(text, j);
                string suffix = Lower(text, j, end);
                if (whole && NumberWords.IsOrdinalSuffix(suffix))
                {
                    mentions.Add(new NumberMention(value, MentionForm.Ordinal));
                    return end;
                }

                if (NumberWords.TryGluedScale(suffix, out decimal glued) && TryScale(value, glued, out decimal scaledGlued))
                {
                    mentions.Add(new NumberMention(scaledGlued, MentionForm.Cardinal));
                    return end;
                }

                // A unit glued on ("2,000km"): the number stands, the word is not a scale.
                mentions.Add(new NumberMention(value, MentionForm.Cardinal));
                return end;
            }

            if (TryPercentAfter(text, j, out int percentEnd))
            {
                mentions.Add(new NumberMention(value, MentionForm.Percent));
                return percentEnd;
            }

            if (TryWordAfter(text, j, out string word, out int wordEnd) && NumberWords.TrySpacedScale(word, out decimal scale) && TryScale(value, scale, out decimal scaled))
            {
                mentions.Add(new NumberMention(scaled, MentionForm.Cardinal));
                return wordEnd;
            }

            mentions.Add(new NumberMention(value, MentionForm.Cardinal));
            return j;
        }

        private static int ReadWords(string text, int i, List<NumberMention> mentions)
        {
            int end = EndOfWord(text, i);
            string word = Lower(text, i, end);
            if (NumberWords.TryTimes(word, out int times))
            {
                mentions.Add(new NumberMention(times, MentionForm.Times));
                return end;
            }

            if (word == "top")
            {
                int k = SkipSeparator(text, end);
                if (k < text.Length && IsDigit(text[k]))
                {
                    int digitsEnd = k;
                    while (digitsEnd < text.Length && IsDigit(text[digitsEnd]) && digitsEnd - k < 9)
                    {
                        digitsEnd++;
                    }

                    if (digitsEnd >= text.Length || !char.IsLetterOrDigit(text[digitsEnd]))
                    {
                        mentions.Add(new NumberMention(int.Parse(text.Substring(k, digitsEnd - k), NumberStyles.None, CultureInfo.InvariantCulture), MentionForm.Top));
                        return digitsEnd;
                    }
                }
                else if (k < text.Length && char.IsLetter(text[k]) && TryWordNumber(text, k, out decimal bound, out int boundEnd, out bool boundIsOrdinal) && !boundIsOrdinal)
                {
                    mentions.Add(new NumberMention(bound, MentionForm.Top));
                    return boundEnd;
                }

                return end;
            }

            if (NumberWords.TryOrdinal(word, out int ordinal))
            {
                mentions.Add(new NumberMention(ordinal, MentionForm.Ordinal));
                return end;
            }

            if (!TryWordNumber(text, i, out decimal value, out int numberEnd, out bool isOrdinal))
            {
                return end;
            }

            if (!isOrdinal && TryPercentAfter(text, numberEnd, out int percentEnd))
            {
                mentions.Add(new NumberMention(value, MentionForm.Percent));
                return percentEnd;
            }

            mentions.Add(new NumberMention(value, isOrdinal ? MentionForm.Ordinal : MentionForm.Cardinal));
            return numberEnd;
        }

        // "three", "twenty-five", "two hundred and five", "a million", "five billion", "twenty-first".
        private static bool TryWordNumber(string text, int start, out decimal value, out int end, out bool isOrdinal)
        {
            decimal total = 0, current = 0;
            bool any = false, lastWasUnit = false, lastWasTen = false, sawBig = false;
            isOrdinal = false;
            end = start;
            int position = start;
            while (position < text.Length && char.IsLetter(text[position]))
            {
                int wordEnd = EndOfWord(text, position);
                string word = Lower(text, position, wordEnd);
                if (NumberWords.TryCardinal(word, out int cardinal))
                {
                    bool isTen = cardinal >= 20;
                    if (lastWasUnit || (lastWasTen && (isTen || cardinal >= 10 || cardinal == 0)))
                    {
                        break;
                    }

                    current += cardinal;
                    lastWasUnit = !isTen;
                    lastWasTen = isTen;
                    any = true;
                    end = wordEnd;
                }
                else if (word == "hundred" && any && current > 0 && current < 100)
                {
                    current *= 100;
                    lastWasUnit = lastWasTen = false;
                    sawBig = true;
                    end = wordEnd;
                }
                else if (NumberWords.TryFullScale(word, out decimal scale) && any && current > 0)
                {
                    if (!TryScale(current, scale, out decimal scaled))
                    {
                        break;
                    }

                    total += scaled;
                    current = 0;
                    lastWasUnit = lastWasTen = false;
                    sawBig = true;
                    end = wordEnd;
                }
                else if (word == "a" && !any && NextWordIsScale(text, wordEnd))
                {
                    current = 1;
                    any = true;
                    end = wordEnd;
                }
                else if (word == "and" && sawBig && current % 100 == 0)
                {
                    // "two hundred and five": the number goes on only if a number word follows.
                }
                else if (NumberWords.TryOrdinal(word, out int ordinal) && lastWasTen && ordinal < 10)
                {
                    current += ordinal;
                    isOrdinal = true;
                    end = wordEnd;
                    break;
                }
                else
                {
                    break;
                }

                position = wordEnd;
                if (position + 1 < text.Length && (text[position] == ' ' || text[position] == '-') && char.IsLetter(text[position + 1]))
                {
                    position++;
                }
                else
                {
                    break;
                }
            }

            value = total + current;
            return any;
        }

        private static bool NextWordIsScale(string text, int wordEnd)
        {
            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ' || !char.IsLetter(text[wordEnd + 1]))
            {
                return false;
            }

            string next = Lower(text, wordEnd + 1, EndOfWord(text, wordEnd + 1));
            return next == "hundred" || NumberWords.TryFullScale(next, out _);
        }

        // "%", "percent", "per cent", "per-cent", "pct", after optional spaces or one hyphen.
        private static bool TryPercentAfter(string text, int j, out int end)
        {
            end = j;
            int k = SkipSeparator(text, j);
            if (k < text.Length && (text[k] == '%' || text[k] == '\uFF05'))
            {
                end = k + 1;
                return true;
            }

            if (k >= text.Length || !char.IsLetter(text[k]))
            {
                return false;
            }

            int wordEnd = EndOfWord(text, k);
            string word = Lower(text, k, wordEnd);
            if (word == "percent" || word == "pct")
            {
                end = wordEnd;
                return true;
            }

            if (word == "per" && wordEnd + 1 < text.Length && (text[wordEnd] == ' ' || text[wordEnd] == '-' || text[wordEnd] == '\u00A0'))
            {
                int centEnd = EndOfWord(text, wordEnd + 1);
                if (Lower(text, wordEnd + 1, centEnd) == "cent")
                {
                    end = centEnd;
                    return true;
                }
            }

            return false;
        }

        private static bool TryWordAfter(string text, int j, out string word, out int end)
        {
            word = string.Empty;
            end = j;
            int k = SkipSeparator(text, j);
            if (k == j || k >= text.Length || !char.IsLetter(text[k]))
            {
                return false;
            }

            end = EndOfWord(text, k);
            word = Lower(text, k, end);
            return true;
        }

        // Spaces (a no-break space too), or one hyphen: "20 billion", "20-billion", "80 %".
        private static int SkipSeparator(string text, int j)
        {
            int k = j;
            if (k < text.Length && (text[k] == '-' || text[k] == '\u2011'))
            {
                return k + 1;
            }

            while (k < text.Length && k - j < 3 && (text[k] == ' ' || text[k] == '\u00A0' || text[k] == '\u202F' || text[k] == '\u2009'))
            {
                k++;
            }

            return k;
        }

        private static int SkipFigures(string text, int i)
        {
            int j = i;
            while (j < text.Length && (IsDigit(text[j]) || ((text[j] == '.' || text[j] == ',') && j + 1 < text.Length && IsDigit(text[j + 1]))))
            {
                j++;
            }

            return Math.Max(j, i + 1);
        }

        private static int EndOfWord(string text, int i)
        {
            int j = i;
            while (j < text.Length && char.IsLetter(text[j]))
            {
                j++;
            }

            return j;
        }

        private static bool TryScale(decimal value, decimal scale, out decimal scaled)
        {
            try
            {
                scaled = value * scale;
                return true;
            }
            catch (OverflowException)
            {
                scaled = 0;
                return false;
            }
        }

        private static string Lower(string text, int start, int end) => text.Substring(start, end - start).ToLowerInvariant();

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsGroupSeparator(char c) => c == ',' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }
}
