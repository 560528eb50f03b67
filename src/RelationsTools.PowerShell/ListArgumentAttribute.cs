using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RelationsTools.Model;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Lets a parameter that takes ids or names take a list cell as the module's own CSV export writes it: piped
    /// from Import-Csv, an event's Actors arrive as the one string "china; vietnam", which names no actor, where
    /// the live event gives the two. A value holding ';' is split as the dataset splits its list cells; no id or
    /// name can hold one, since ';' separates them in the data.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class ListArgumentAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string text)
            {
                return text.IndexOf(';') < 0 ? inputData : DelimitedList.Parse(text).ToArray();
            }

            if (!(value is IList items))
            {
                return inputData;
            }

            var names = new List<string>();
            bool split = false;
            foreach (object? item in items)
            {
                string? cell = (item is PSObject element ? element.BaseObject : item)?.ToString();
                if (cell != null && cell.IndexOf(';') >= 0)
                {
                    names.AddRange(DelimitedList.Parse(cell));
                    split = true;
                }
                else if (cell != null)
                {
                    names.Add(cell);
                }
            }

            return split ? names.ToArray() : inputData;
        }
    }
}
