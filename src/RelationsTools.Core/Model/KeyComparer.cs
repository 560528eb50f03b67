using System;
using System.Globalization;
using System.Text;

namespace RelationsTools.Model
{
    /// <summary>
    /// How the dataset's keys compare: ids (<see cref="RelationsId.Comparer"/>) and claim topics
    /// (<see cref="Claim.TopicComparer"/>). Two keys are one key when a person would read them as one, because
    /// people type, copy and paste them:
    /// <list type="bullet">
    /// <item>case is ignored, the same in every culture (ordinal, ignoring case): a citation of
    /// <c>KHMERTIMES-2025-08-18-BORDER-TRADE ¶9</c> names the source <c>khmertimes-2025-08-18-border-trade</c>;</item>
    /// <item>white space around a key is ignored: a spreadsheet cell keeps a stray space at its end;</item>
    /// <item>invisible format characters (Unicode category Cf: the zero-width space, joiners, the byte-order mark, the
    /// soft hyphen, direction marks) are ignored: text copied from a web page or a PDF carries them;</item>
    /// <item>every dash (Unicode's dash punctuation: the hyphen, the non-breaking hyphen, the en dash ...) and the
    /// minus sign are the hyphen-minus <c>-</c>: word processors turn one into another;</item>
    /// <item>accents are compared composed (NFC): <c>é</c> typed as one character or as e and a combining accent.</item>
    /// </list>
    /// Nothing else: diacritics (<c>é</c>, <c>e</c>) and letters of other scripts that look like Latin ones stay
    /// different, since folding them would make keys collide that were written as different keys.
    /// </summary>
    /// <remarks>
    /// Every lookup, grouping, duplicate check, filter and order of keys uses this comparer, so a key compares the
    /// same way in a query, in Compare-Source, in the report and in Test-RelationsData, which reports each key not
    /// written in its <see cref="Plain"/> form and each topic written two ways. Its order is the ordinal order of
    /// the plain forms ignoring case, so that two spellings of one key sort as one (an order that needs every
    /// item in one place breaks the tie itself, as <see cref="ChronologicalOrder"/> does).
    /// </remarks>
    internal sealed class KeyComparer : StringComparer
    {
        public static readonly KeyComparer Instance = new KeyComparer();

        private KeyComparer()
        {
        }

        public override bool Equals(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return true;
            }

            return x != null && y != null && string.Equals(Plain(x), Plain(y), StringComparison.OrdinalIgnoreCase);
        }

        public override int GetHashCode(string key)
        {
            if (key is null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            return StringComparer.OrdinalIgnoreCase.GetHashCode(Plain(key));
        }

        public override int Compare(string? x, string? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            return string.Compare(Plain(x), Plain(y), StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// <paramref name="key"/> as it is compared, its case kept: no white space around it, no invisible character,
        /// every dash a hyphen-minus, composed. A key of printable ASCII is its own plain form.
        /// </summary>
        public static string Plain(string key)
        {
            if (IsPrintableAscii(key))
            {
                return key; // every key of the bundled data: nothing to allocate
            }

            var builder = new StringBuilder(key.Length);
            foreach (char c in key)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.Format)
                {
                    continue;
                }

                builder.Append(category == UnicodeCategory.DashPunctuation || c == MinusSign ? '-' : c);
            }

            string plain = builder.ToString().Trim();
            try
            {
                return plain.Normalize(NormalizationForm.FormC);
            }
            catch (ArgumentException)
            {
                return plain; // a lone surrogate (typed, never read from a file, which must be UTF-8) has no composed form
            }
        }

        /// <summary>What keeps <paramref name="key"/> from being its own <see cref="Plain"/> form, in words; null when it is.</summary>
        public static string? WhyNotPlain(string key)
        {
            if (string.Equals(Plain(key), key, StringComparison.Ordinal))
            {
                return null;
            }

            foreach (char c in key)
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.Format)
                {
                    return "an invisible character (" + CodePoint(c) + ")";
                }

                if ((category == UnicodeCategory.DashPunctuation && c != '-') || c == MinusSign)
                {
                    return "a dash that is not the hyphen-minus '-' (" + CodePoint(c) + ")";
                }
            }

            return key.Trim().Length != key.Length ? "white space around it" : "accents written as separate characters (not composed, NFC)";
        }

        private const char MinusSign = '\u2212';

        private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

        private static bool IsPrintableAscii(string key)
        {
#if NET8_0_OR_GREATER
            return key.AsSpan().IndexOfAnyExceptInRange('!', '~') < 0;
#else
            foreach (char c in key)
            {
                if (c <= ' ' || c > '~')
                {
                    return false;
                }
            }

            return true;
#endif
        }
    }
}
