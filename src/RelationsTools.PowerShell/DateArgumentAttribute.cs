using System;
using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Lets -From and -To take either the dataset's date syntax or a [datetime]. A [datetime] parameter
    /// could not do this: [datetime]1979 is 1,979 ticks, and "2024-09" would become 1 September only,
    /// where -To must mean the whole month. Values become date text here and are parsed, with a clear
    /// error, in BeginProcessing. An ISO 8601 date-time (2024-09-15T10:00, as a [datetime] prints in
    /// round-trip form or a log holds it) means its day, as a [datetime] does: the dataset knows no hours.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class DateArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            return value switch
            {
                DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                DateTimeOffset date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                int year => year.ToString(CultureInfo.InvariantCulture),
                long year => year.ToString(CultureInfo.InvariantCulture),
                string text when DayOfDateTime(text) is string day => day,
                _ => inputData,
            };
        }

        // The day an ISO 8601 date-time names, as written (an offset does not move it to another day); null for any
        // other text, which the dataset's date syntax then reads or refuses.
        private static string? DayOfDateTime(string text)
        {
            var match = IsoDateTime.Match(text.Trim());
            return match.Success && DateTimeOffset.TryParse(match.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                ? match.Groups["day"].Value
                : null;
        }

        private static readonly Regex IsoDateTime = new Regex(
            @"^(?<day>[0-9]{4}-[0-9]{2}-[0-9]{2})[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$",
            RegexOptions.CultureInvariant);
    }
}
