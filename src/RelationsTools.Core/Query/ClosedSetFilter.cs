using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Query
{
    /// <summary>Wildcards over a closed set, resolved once to the members they match, so a row costs an array lookup.</summary>
    internal sealed class ClosedSetFilter<TEnum>
        where TEnum : struct, Enum
    {
        private readonly HashSet<TEnum>? admitted;

        private ClosedSetFilter(HashSet<TEnum>? admitted) => this.admitted = admitted;

        public static ClosedSetFilter<TEnum> From(TextPattern[]? patterns)
        {
            if (patterns is null)
            {
                return new ClosedSetFilter<TEnum>(null);
            }

            var admitted = new HashSet<TEnum>();
            foreach (TEnum value in (TEnum[])Enum.GetValues(typeof(TEnum)))
            {
                if (TextPattern.AnyMatch(patterns, value.ToString()))
                {
                    admitted.Add(value);
                }
            }

            return new ClosedSetFilter<TEnum>(admitted);
        }

        [MethodImpl(HotPath.Optimize)]
        public bool Admits(TEnum value) => admitted is null || admitted.Contains(value);
    }
}
