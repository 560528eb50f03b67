using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace RelationsTools.Model
{
    /// <summary>How names compare for people: "To Lam" is "Tô Lâm", "ĐỒNG" is "dong".</summary>
    public static class TextFolding
    {
        /// <summary>"Tô Lâm" becomes "To Lam": decomposes and drops the combining marks; đ/Đ, which do not decompose, become d/D.</summary>
        [MethodImpl(HotPath.Optimize)]
        public static string RemoveDiacritics(string text)
        {
            if (IsAscii(text))
            {
                return text; // nothing to decompose: the common case, and the one a large file is mostly made of
            }

            return LatinDiacritics.TryRemove(text) ?? RemoveDiacriticsByNormalizing(text);
        }

        /// <summary>The definition of <see cref="RemoveDiacritics"/>, for any text.</summary>
        internal static string RemoveDiacriticsByNormalizing(string text)
        {
            string decomposed = text.Normalize(NormalizationForm.FormD);
            var builder = new StringBuilder(decomposed.Length);
            foreach (char c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                builder.Append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
            }

            string bare = builder.ToString();
            return IsAscii(bare) ? bare : bare.Normalize(NormalizationForm.FormC);
        }

        private static bool IsAscii(string text)
        {
#if NET8_0_OR_GREATER
            return Ascii.IsValid(text);
#else
            foreach (char c in text)
            {
                if (c >= 0x80)
                {
                    return false;
                }
            }

            return true;
#endif
        }

        /// <summary>Without diacritics and in invariant lower case: the form in which two spellings of one name are equal.</summary>
        public static string Fold(string text) => RemoveDiacritics(text).ToLowerInvariant();
    }
}
