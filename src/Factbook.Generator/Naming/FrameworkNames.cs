using System;
using System.Collections.Generic;
using System.Linq;

namespace Factbook.Generator.Naming
{
    /// <summary>
    /// The framework types generated code names (always with <c>global::</c>). A generated type whose full
    /// name is one of them, or the namespace of one (<c>FactbookNamespace=System</c> with a type <c>Uri</c>
    /// or <c>Collections</c>), would take its place and break the generated code. A test keeps this list
    /// equal to what the emitters write.
    /// </summary>
    internal static class FrameworkNames
    {
        public static readonly IReadOnlyList<string> Used = Kinds.ScalarKinds.All.SelectMany(kind => kind.FrameworkTypes).Concat(new[]
        {
            "System.Action", "System.ArgumentNullException", "System.ArgumentOutOfRangeException", "System.Array", "System.Attribute",
            "System.AttributeTargets", "System.AttributeUsageAttribute", "System.CodeDom.Compiler.GeneratedCodeAttribute",
            "System.Collections.Generic.Dictionary", "System.Collections.Generic.IEnumerable", "System.Collections.Generic.IReadOnlyList",
            "System.Collections.Generic.KeyNotFoundException", "System.Collections.Generic.List", "System.DateTime",
            "System.Diagnostics.CodeAnalysis.NotNullWhenAttribute", "System.Func", "System.Globalization.CultureInfo",
            "System.Globalization.NumberStyles", "System.IComparable", "System.IEquatable", "System.Linq.Enumerable", "System.Object",
            "System.ObsoleteAttribute", "System.StringComparer", "System.Threading.Volatile", "System.Uri",
        }).ToList();

        /// <summary>The framework name that <paramref name="fullName"/> would hide, or null.</summary>
        public static string? HiddenBy(string fullName)
        {
            foreach (var used in Used)
            {
                if (used == fullName || used == fullName + "Attribute" || used.StartsWith(fullName + ".", StringComparison.Ordinal))
                {
                    return used;
                }
            }

            return null;
        }

        /// <summary>The first generated type in <paramref name="space"/> that would hide a framework type, with what it hides.</summary>
        public static (string Type, string Hidden)? FirstClash(string space, IEnumerable<string> generatedTypes) =>
            generatedTypes
                .Select(type => (Type: type, Hidden: HiddenBy(space + "." + type)))
                .Where(pair => pair.Hidden is not null)
                .Select(pair => ((string Type, string Hidden)?)(pair.Type, pair.Hidden!))
                .FirstOrDefault();
    }
}
