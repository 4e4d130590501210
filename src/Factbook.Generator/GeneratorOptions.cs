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

        public static EmitOptions ReadEmitContext(AnalyzerConfigOptions global, string? assemblyName, DiagnosticInfo? languageProblem, bool utf8Tables)
        {
            var options = ReadEmitContext(global, assemblyName);
            options = options with { Context = options.Context with { Utf8Tables = utf8Tables } };
            return languageProblem is null ? options : options with { Diagnostics = options.Diagnostics.Concat(new[] { languageProblem }).ToEquatableArray(), CanEmit = false };
        }

        private static EmitOptions ReadEmitContext(AnalyzerConfigOptions global, string? assemblyName)
        {
            var hasNotNullWhen = HasNotNullWhen(global);
            var (name, problem) = ProjectNamespace.Choose(property => global.TryGetValue("build_property." + property, out var value) ? value : null, assemblyName);
            return new EmitOptions(new EmitContext(name, hasNotNullWhen), problem is null ? EquatableArray<DiagnosticInfo>.Empty : new EquatableArray<DiagnosticInfo>(new[] { problem }));
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
    }
}
