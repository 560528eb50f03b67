using System;
using System.Globalization;
using System.Management.Automation;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Lets -From and -To take either the dataset's date syntax or a [datetime]. A [datetime] parameter
    /// could not do this: [datetime]1979 is 1,979 ticks, and "2024-09" would become 1 September only,
    /// where -To must mean the whole month. Values become date text here and are parsed, with a clear
    /// error, in BeginProcessing.
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
                _ => inputData,
            };
        }
    }
}
