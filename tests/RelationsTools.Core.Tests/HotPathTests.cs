using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>HotPath's list of the methods it marks is the truth: marking a method means saying why there.</summary>
    public class HotPathTests
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        [Fact]
        public void HotPath_lists_exactly_the_methods_that_are_optimised_from_their_first_call()
        {
            var marked = typeof(HotPath).Assembly.GetTypes()
                .SelectMany(type => type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
                .Where(method => (method.MethodImplementationFlags & MethodImplAttributes.AggressiveOptimization) != 0)
                .Select(method => NameOf(method.DeclaringType!) + "." + method.Name.Split('.').Last())
                .Distinct()
                .OrderBy(name => name, StringComparer.Ordinal);

            string documentation = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "RelationsTools.Core", "HotPath.cs"));
            var listed = Regex.Matches(documentation, @"<c>(\w+\.\w+)</c>").Select(m => m.Groups[1].Value)
                .Distinct()
                .OrderBy(name => name, StringComparer.Ordinal);

            Assert.Equal(listed, marked);
        }

        // A generic type's name without its arity ('ClosedSetFilter`1'), the way the list names it.
        private static string NameOf(Type type) => type.Name.Split('`')[0];
    }
}
