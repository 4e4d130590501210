namespace Factbook.Generator
{
    /// <summary>
    /// The namespace of the generated types, from the project's properties: <c>FactbookNamespace</c>, else
    /// <c>RootNamespace</c> (or the assembly name) with <c>.Content</c>. Free of Roslyn types, so the checker
    /// chooses it from a project's evaluated properties exactly as the build does.
    /// </summary>
    internal static class ProjectNamespace
    {
        public const string Fallback = "Factbook.Content";

        /// <summary>The namespace to use, and FB0032 when the one asked for cannot be (then <see cref="Fallback"/> is used).</summary>
        public static (string Name, DiagnosticInfo? Problem) Choose(Func<string, string?> property, string? assemblyName)
        {
            string wanted;
            var configured = property("FactbookNamespace");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                wanted = configured!.Trim();
            }
            else
            {
                var root = property("RootNamespace");
                var baseName = !string.IsNullOrWhiteSpace(root) ? root!.Trim() : assemblyName;
                wanted = string.IsNullOrWhiteSpace(baseName) ? Fallback : baseName + ".Content";
            }

            if (IsFrameworkNamespace(wanted))
            {
                // Generated types there could take the place of the framework's own (a type Uri in System,
                // Exception, NullableAttribute in System.Runtime.CompilerServices), which generated code needs.
                return (Fallback, DiagnosticInfo.Create(FactbookDiagnostics.InvalidNamespace, string.Empty, SourceSpan.FileStart, wanted, "is a namespace of .NET itself, where a generated type could take the place of a framework type", Fallback));
            }

            return IsNamespace(wanted)
                ? (wanted, null)
                : (Fallback, DiagnosticInfo.Create(FactbookDiagnostics.InvalidNamespace, string.Empty, SourceSpan.FileStart, wanted, "is not a valid C# namespace", Fallback));
        }

        private static bool IsFrameworkNamespace(string name) =>
            name is "System" or "Microsoft" || name.StartsWith("System.", StringComparison.Ordinal) || name.StartsWith("Microsoft.", StringComparison.Ordinal);

        /// <summary>
        /// Dotted identifiers, none a keyword and none <c>nameof</c> (the generated code calls <c>nameof(...)</c>,
        /// which a namespace of that name would take over, CS0118), short enough that its types' full names stay
        /// within the compiler's 1,024 bytes.
        /// </summary>
        private static bool IsNamespace(string name) =>
            name.Length <= 200 &&
            name.Split('.').All(part => Identifiers.IsAsciiIdentifier(part) && !Identifiers.IsKeyword(part) && part != "nameof");
    }
}
