using System;
using System.Globalization;

namespace RelationsTools.Tests
{
    /// <summary>Runs test code under another culture and always puts the thread's cultures back, so no culture leaks into the next test.</summary>
    internal static class TestCulture
    {
        public static T Under<T>(string culture, Func<T> read)
        {
            var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                CultureInfo.CurrentUICulture = new CultureInfo(culture);
                return read();
            }
            finally
            {
                (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
            }
        }

        public static void Under(string culture, Action act) => Under(culture, () => { act(); return true; });
    }
}
