using System;
using System.Collections.Generic;

// Made-up parts under the root ArchitectureFixture, each type of Data using Query in one of the ways the
// source never spells "RelationsTools.Query": the compiled-assembly check must see every one
// (ArchitectureTests.Every_way_of_using_another_part_is_seen_in_the_compiled_assembly).
namespace ArchitectureFixture.Query
{
    public sealed class Finder
    {
        public int Size => 2;

        public static int Count() => 1;
    }

    public enum Mode : byte
    {
        Fast = 1,
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class MarkAttribute : Attribute
    {
        public MarkAttribute(Type type) => Type = type;

        public Type Type { get; }
    }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class ModeAttribute : Attribute
    {
        public ModeAttribute(Mode mode) => Mode = mode;

        public Mode Mode { get; }
    }
}

namespace ArchitectureFixture.Data
{
    // A using inside the namespace, which names Query without its root.
    using Query;

    public static class InMethodBody
    {
        public static int Call() => Finder.Count();
    }

    public static class InLambda
    {
        public static Func<int> Make() => () => new Finder().Size;
    }

    public static class InIterator
    {
        public static IEnumerable<int> Each()
        {
            yield return new Finder().Size;
        }
    }

    public sealed class InGenericField
    {
        public List<Finder>? Items;
    }

    [Mark(typeof(int))]
    public sealed class InAttribute
    {
    }

    [Mode(Mode.Fast)]
    public sealed class InEnumAttribute
    {
    }

    public static class InTypeof
    {
        public static string Name() => nameof(InTypeof) + typeof(List<Finder>).Name;
    }

    public sealed class InAttributeArgument
    {
        [ArchitectureFixture.Model.Tag(typeof(Finder))]
        public int Field;
    }
}

namespace ArchitectureFixture.Data.Texts
{
    // A namespace below a part is a part of its own, which the rules do not know.
    public static class Nested
    {
        public static int One() => 1;
    }
}

namespace ArchitectureFixture.Model
{
    [AttributeUsage(AttributeTargets.All)]
    public sealed class TagAttribute : Attribute
    {
        public TagAttribute(Type type) => Type = type;

        public Type Type { get; }
    }

    // Uses nothing of another part: no violation.
    public static class Clean
    {
        public static int Two() => 2;
    }
}
