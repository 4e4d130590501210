using Microsoft.CodeAnalysis.Diagnostics;

namespace Factbook.Generator
{
    /// <summary>
    /// What the generator reads from the project's MSBuild properties: the parse limits, the namespace of the
    /// generated types, and what the target framework has (<c>NotNullWhen</c>, UTF-8 spans). Each property that
    /// cannot be used is a diagnostic and a safe fallback, never a failed build.
    /// </summary>
    internal static class GeneratorOptions
    {
        /// <summary>The project folder, so provenance is written relative to it and generated code is the same on every machine.</summary>
        public static string ProjectDirectory(AnalyzerConfigOptions global) =>
            global.TryGetValue("build_property.ProjectDir", out var directory) ? directory : string.Empty;

        /// <summary>The parse limits plus any problem with the properties that set them.</summary>
        internal sealed record LimitOptions(ParseLimits Limits, EquatableArray<DiagnosticInfo> Diagnostics);

        public static LimitOptions ReadLimits(AnalyzerConfigOptions global)
        {
            var diagnostics = new System.Collections.Generic.List<DiagnosticInfo>();
            var limits = ParseLimits.Read(name => global.TryGetValue("build_property." + name, out var value) ? value : null, diagnostics);
            return new LimitOptions(limits, diagnostics.ToEquatableArray());
        }

        /// <summary>The emit context plus any problem with the configured namespace.</summary>
        internal sealed record EmitOptions(EmitContext Context, EquatableArray<DiagnosticInfo> Diagnostics, bool CanEmit = true);

        private const string FallbackNamespace = "Factbook.Content";

        public static EmitOptions ReadEmitContext(AnalyzerConfigOptions global, string? assemblyName, DiagnosticInfo? languageProblem, bool utf8Tables)
        {
            var options = ReadEmitContext(global, assemblyName);
            options = options with { Context = options.Context with { Utf8Tables = utf8Tables } };
            return languageProblem is null ? options : options with { Diagnostics = options.Diagnostics.Concat(new[] { languageProblem }).ToEquatableArray(), CanEmit = false };
        }

        private static EmitOptions ReadEmitContext(AnalyzerConfigOptions global, string? assemblyName)
        {
            var hasNotNullWhen = HasNotNullWhen(global);
            const string fallback = FallbackNamespace;
            string wanted;
            if (global.TryGetValue("build_property.FactbookNamespace", out var configured) && !string.IsNullOrWhiteSpace(configured))
            {
                wanted = configured.Trim();
            }
            else
            {
                global.TryGetValue("build_property.RootNamespace", out var root);
                var baseName = !string.IsNullOrWhiteSpace(root) ? root!.Trim() : assemblyName;
                wanted = string.IsNullOrWhiteSpace(baseName) ? fallback : baseName + ".Content";
            }

            if (IsFrameworkNamespace(wanted))
            {
                // Generated types there could take the place of the framework's own (a type Uri in System,
                // Exception, NullableAttribute in System.Runtime.CompilerServices), which generated code needs.
                var clash = DiagnosticInfo.Create(FactbookDiagnostics.InvalidNamespace, string.Empty, SourceSpan.FileStart, wanted, "is a namespace of .NET itself, where a generated type could take the place of a framework type", fallback);
                return new EmitOptions(new EmitContext(fallback, hasNotNullWhen), new EquatableArray<DiagnosticInfo>(new[] { clash }));
            }

            if (IsNamespace(wanted))
            {
                return new EmitOptions(new EmitContext(wanted, hasNotNullWhen), EquatableArray<DiagnosticInfo>.Empty);
            }

            var problem = DiagnosticInfo.Create(FactbookDiagnostics.InvalidNamespace, string.Empty, SourceSpan.FileStart, wanted, "is not a valid C# namespace", fallback);
            return new EmitOptions(new EmitContext(fallback, hasNotNullWhen), new EquatableArray<DiagnosticInfo>(new[] { problem }));
        }

        /// <summary>Whether the framework has <c>ReadOnlySpan&lt;byte&gt;</c> and decodes UTF-8 from it (.NET Core 3.0, .NET Standard 2.1, later); the same frameworks have <c>NotNullWhen</c>.</summary>
        public static bool HasSpans(AnalyzerConfigOptions global) => HasNotNullWhen(global);

        /// <summary>NotNullWhenAttribute ships with .NET Core 3.0 and .NET Standard 2.1 and later.</summary>
        private static bool HasNotNullWhen(AnalyzerConfigOptions global)
        {
            global.TryGetValue("build_property.TargetFrameworkIdentifier", out var framework);
            global.TryGetValue("build_property.TargetFrameworkVersion", out var versionText);
            if (!Version.TryParse((versionText ?? string.Empty).TrimStart('v'), out var version))
            {
                return false;
            }

            return (framework == ".NETCoreApp" && version >= new Version(3, 0)) || (framework == ".NETStandard" && version >= new Version(2, 1));
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
