using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Factbook.Cli
{
    /// <summary>
    /// A project as its build sees it: <c>dotnet msbuild -getItem:AdditionalFiles -getProperty:…</c> evaluates the
    /// project (no build, no restore), so the checker reads the files, texts, namespace, limits, framework and C#
    /// version that the generator gets in that project, instead of guessing them from a folder.
    /// </summary>
    internal sealed record ProjectEvaluation(string ProjectFile, IReadOnlyDictionary<string, string> Properties, IReadOnlyList<string> AdditionalFiles)
    {
        /// <summary>The properties the generator reads, and those that decide the C# version and table form.</summary>
        public static readonly string[] PropertyNames =
        {
            "AssemblyName", "RootNamespace", "FactbookNamespace", "FactbookContentRoot",
            "FactbookMaxDepth", "FactbookMaxFileChars", "FactbookMaxScalarChars",
            "TargetFramework", "TargetFrameworks", "TargetFrameworkIdentifier", "TargetFrameworkVersion", "LangVersion",
        };

        private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

        /// <summary>Whether a path names a project file rather than content.</summary>
        public static bool IsProjectFile(string path) =>
            path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && File.Exists(path);

        /// <summary>The one project file in a folder, or null when there is none or more than one (then it is not clear which).</summary>
        public static string? InFolder(string folder)
        {
            try
            {
                var projects = Directory.GetFiles(folder, "*.csproj");
                return projects.Length == 1 ? projects[0] : null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        public static ProjectEvaluation Of(string projectFile)
        {
            var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "msbuild", Path.GetFullPath(projectFile), "-nologo", "-getItem:AdditionalFiles" }.Concat(PropertyNames.Select(name => "-getProperty:" + name)))
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            string output;
            string errors;
            int exitCode;
            try
            {
                using var process = Process.Start(start) ?? throw new CannotRunException("Cannot start 'dotnet msbuild' to read the project '" + projectFile + "'.");
                var errorText = process.StandardError.ReadToEndAsync();
                var outputText = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit(Limit))
                {
                    process.Kill(entireProcessTree: true);
                    throw new CannotRunException("Reading the project '" + projectFile + "' with 'dotnet msbuild' took more than " + Limit.TotalMinutes + " minutes; give the content folder instead.");
                }

                output = outputText.Result;
                errors = errorText.Result;
                exitCode = process.ExitCode;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new CannotRunException("Cannot run 'dotnet msbuild' to read the project '" + projectFile + "': " + e.Message + "; give the content folder instead.");
            }

            if (exitCode != 0)
            {
                var first = (output + "\n" + errors).Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Contains("error", StringComparison.OrdinalIgnoreCase)) ?? "exit code " + exitCode;
                throw new CannotRunException("Cannot read the project '" + projectFile + "': " + first);
            }

            return Parse(projectFile, output);
        }

        /// <summary>The JSON that <c>-getProperty</c> and <c>-getItem</c> print together: properties by name, items with their full paths.</summary>
        internal static ProjectEvaluation Parse(string projectFile, string json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                if (document.RootElement.TryGetProperty("Properties", out var values))
                {
                    foreach (var property in values.EnumerateObject())
                    {
                        properties[property.Name] = property.Value.GetString() ?? string.Empty;
                    }
                }

                var files = new List<string>();
                if (document.RootElement.TryGetProperty("Items", out var items) && items.TryGetProperty("AdditionalFiles", out var additional))
                {
                    foreach (var item in additional.EnumerateArray())
                    {
                        if (item.TryGetProperty("FullPath", out var path) && path.GetString() is { Length: > 0 } full)
                        {
                            files.Add(full);
                        }
                    }
                }

                return new ProjectEvaluation(projectFile, properties, files.Distinct(StringComparer.Ordinal).ToList());
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                throw new CannotRunException("Cannot read what 'dotnet msbuild' said of the project '" + projectFile + "': " + e.Message);
            }
        }

        /// <summary>The dotnet that runs this command when it is one (a local tool), else the one on PATH.</summary>
        private static string DotnetHost()
        {
            var current = Environment.ProcessPath;
            return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? current : "dotnet";
        }
    }
}
