using System.Linq;

namespace RelationsTools.Tests
{
    internal static class ByteArrayExtensions
    {
        public static byte[] Concat(this byte[] first, byte[] second) => Enumerable.Concat(first, second).ToArray();
    }
}
