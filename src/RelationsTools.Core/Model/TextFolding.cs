using System.Globalization;
using System.Text;

namespace RelationsTools.Model
{
    /// <summary>How names compare for people: "To Lam" is "Tô Lâm", "ĐỒNG" is "dong".</summary>
    public static class TextFolding
    {
        /// <summary>"Tô Lâm" becomes "To Lam": decomposes and drops the combining marks; đ/Đ, which do not decompose, become d/D.</summary>
        public static string RemoveDiacritics(string text)
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

            return builder.ToString().Normalize(NormalizationForm.FormC);
        }

        /// <summary>Without diacritics and in invariant lower case: the form in which two spellings of one name are equal.</summary>
        public static string Fold(string text) => RemoveDiacritics(text).ToLowerInvariant();
    }
}
