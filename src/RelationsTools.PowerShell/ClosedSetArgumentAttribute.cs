using System;
using System.Collections;
using System.Management.Automation;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Gives a parameter of a closed set (an enum) the "did you mean" that names get: -Kind Actuals stops with
    /// "Cannot find a figure kind 'Actuals'. Did you mean 'Actual'? Valid values: ...", where PowerShell's own
    /// conversion error lists the values but never says which was meant. Names of members, in any case, and
    /// values already of the enum pass unchanged to PowerShell's conversion.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    internal sealed class ClosedSetArgumentAttribute : ArgumentTransformationAttribute
    {
        private readonly Type closedSet;
        private readonly string what;

        /// <param name="closedSet">The enum the parameter takes.</param>
        /// <param name="what">What a member is, with its article: "a figure kind".</param>
        public ClosedSetArgumentAttribute(Type closedSet, string what)
        {
            this.closedSet = closedSet;
            this.what = what;
        }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is IList items && !(value is string))
            {
                foreach (object? item in items)
                {
                    Check(item is PSObject element ? element.BaseObject : item);
                }
            }
            else
            {
                Check(value);
            }

            return inputData;
        }

        private void Check(object? value)
        {
            if (value is string name && NameNotFound.ForClosedSetName(closedSet, name, closedSet.Name + "NotFound", string.Empty, what) is NameNotFound notFound)
            {
                throw new ArgumentTransformationMetadataException(notFound.Message);
            }
        }
    }
}
