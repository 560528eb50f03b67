using System.Runtime.CompilerServices;

namespace RelationsTools
{
    /// <summary>
    /// Marks the per-row methods of a streaming scan. A query over a large file runs once in a fresh
    /// process, and tiered JIT would run most of it as unoptimised tier-0 code before promoting it
    /// (measured: the first scan of 1M rows took 2.6x as long as the fourth). Fully optimising these
    /// few methods up front removes that cost. The value is MethodImplOptions.AggressiveOptimization,
    /// which netstandard2.0 does not name; runtimes that do not know it ignore it.
    /// </summary>
    internal static class HotPath
    {
        public const MethodImplOptions Optimize = (MethodImplOptions)512;
    }
}
