using System.Collections.Generic;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Values bound by property name arrive one pipeline object at a time. A query that must see them all,
    /// to write each result once and in order, gathers them in ProcessRecord and runs in EndProcessing.
    /// </summary>
    internal sealed class PipelineValues
    {
        private List<string>? values;

        /// <summary>Everything gathered; null when nothing was given, which means no filter.</summary>
        public IReadOnlyList<string>? Values => values;

        public void Add(string[]? items)
        {
            if (items != null)
            {
                (values ??= new List<string>()).AddRange(items);
            }
        }
    }
}
