package dev.dockwright.shell.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellParser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OS package managers: apt-get/apt, apk, yum/dnf/microdnf, zypper. */
class PackageManagersTest {

    static Script sh(String s) {
        Script script = ShellParser.parse(s);
        assertThat(script.errors()).isEmpty();
        return script;
    }

    @Test
    void aptGetInstallWithFlagsAndPins() {
        String src = "apt-get update && apt-get -yqq install --no-install-recommends -t bookworm-backports "
                + "curl=7.88.1-10 git ./local.deb python3/bookworm && rm -rf /var/lib/apt/lists/*";
        List<AptCommand> apt = AptCommand.in(sh(src));
        assertThat(apt).extracting(AptCommand::action).containsExactly("update", "install");
        AptCommand install = apt.get(1);
        assertThat(install.isInstall()).isTrue();
        assertThat(install.assumeYes()).isTrue();
        assertThat(install.quietLevel()).isEqualTo(2);
        assertThat(install.noInstallRecommends()).isTrue();
        assertThat(install.targetRelease()).contains("bookworm-backports");
        assertThat(install.packages()).extracting(PackageSpec::name)
                .containsExactly("curl", "git", "./local.deb", "python3");
        assertThat(install.packages()).extracting(PackageSpec::pinned).containsExactly(true, false, true, true);
        assertThat(install.packages().get(0).version()).contains("7.88.1-10");
        assertThat(install.packages().get(2).kind()).isEqualTo(PackageSpec.Kind.FILE);
        assertThat(install.packages().get(3).pin()).isEqualTo("/");
        assertThat(install.packages().get(1).span().text(src)).isEqualTo("git");
    }

    @Test
    void aptQuietAndYesVariants() {
        assertThat(AptCommand.in(sh("apt-get install -q -q x")).get(0).nonInteractive()).isTrue();
        assertThat(AptCommand.in(sh("apt-get install -q=2 x")).get(0).nonInteractive()).isTrue();
        assertThat(AptCommand.in(sh("apt-get install -q x")).get(0).nonInteractive()).isFalse();
        assertThat(AptCommand.in(sh("apt-get --assume-yes install x")).get(0).assumeYes()).isTrue();
        assertThat(AptCommand.in(sh("apt-get install x")).get(0).assumeYes()).isFalse();
        AptCommand o = AptCommand.in(sh("apt-get install -o APT::Install-Recommends=false -o Dpkg::Options::=--force-confold x")).get(0);
        assertThat(o.noInstallRecommends()).isTrue();
        assertThat(o.packages()).extracting(PackageSpec::name).containsExactly("x");
        assertThat(AptCommand.in(sh("apt-get install x")).get(0).noInstallRecommends()).isFalse();
        assertThat(AptCommand.in(sh("sudo apt install -y x")).get(0).tool()).isEqualTo("apt");
        assertThat(AptCommand.in(sh("apt-get clean")).get(0).action()).isEqualTo("clean");
        assertThat(AptCommand.in(sh("apt-get -y dist-upgrade")).get(0).packages()).isEmpty();
    }

    @Test
    void apk() {
        ApkCommand add = ApkCommand.in(sh("apk add --no-cache --virtual .build-deps gcc=13.2.1-r0 musl-dev~1.2 'py3-pip>=23' x.apk")).get(0);
        assertThat(add.isAdd()).isTrue();
        assertThat(add.noCache()).isTrue();
        assertThat(add.virtual()).contains(".build-deps");
        assertThat(add.packages()).extracting(PackageSpec::name).containsExactly("gcc", "musl-dev", "py3-pip", "x.apk");
        assertThat(add.packages()).extracting(PackageSpec::pin).containsExactly("=", "~", ">=", "");
        assertThat(add.packages()).allMatch(PackageSpec::pinned);
        ApkCommand upd = ApkCommand.in(sh("apk --update add curl")).get(0);
        assertThat(upd.update()).isTrue();
        assertThat(upd.noCache()).isFalse();
        assertThat(upd.packages().get(0).pinned()).isFalse();
    }

    @Test
    void yumDnfMicrodnf() {
        YumCommand y = YumCommand.in(sh("yum install -y httpd-2.4.6 python3-devel java-1.8.0-openjdk x.rpm && yum clean all")).get(0);
        assertThat(y.isInstall()).isTrue();
        assertThat(y.assumeYes()).isTrue();
        assertThat(y.packages()).extracting(PackageSpec::name).containsExactly("httpd", "python3-devel", "java", "x.rpm");
        assertThat(y.packages()).extracting(PackageSpec::pinned).containsExactly(true, false, true, true);
        YumCommand clean = YumCommand.in(sh("yum install -y x && yum clean all")).get(1);
        assertThat(clean.isClean("all")).isTrue();
        YumCommand mod = YumCommand.in(sh("dnf module install -y nodejs:18")).get(0);
        assertThat(mod.tool()).isEqualTo("dnf");
        assertThat(mod.isInstall()).isTrue();
        assertThat(mod.subAction()).isEqualTo("install");
        assertThat(mod.packages()).extracting(PackageSpec::text).containsExactly("nodejs:18");
        assertThat(YumCommand.in(sh("microdnf install nginx")).get(0).assumeYes()).isFalse();
        assertThat(YumCommand.in(sh("dnf --setopt=install_weak_deps=False --enablerepo crb install -y x")).get(0).packages())
                .extracting(PackageSpec::name).containsExactly("x");
    }

    @Test
    void zypper() {
        ZypperCommand z = ZypperCommand.in(sh("zypper --non-interactive in -l 'curl>=7' vim=9.0")).get(0);
        assertThat(z.isInstall()).isTrue();
        assertThat(z.nonInteractive()).isTrue();
        assertThat(z.packages()).extracting(PackageSpec::name).containsExactly("curl", "vim");
        assertThat(z.packages()).allMatch(PackageSpec::pinned);
        assertThat(ZypperCommand.in(sh("zypper install x")).get(0).nonInteractive()).isFalse();
        assertThat(ZypperCommand.in(sh("zypper -n install -y x")).get(0).nonInteractive()).isTrue();
        assertThat(ZypperCommand.in(sh("zypper cc -a")).get(0).isClean()).isTrue();
        assertThat(ZypperCommand.in(sh("zypper dup")).get(0).isDistUpgrade()).isTrue();
    }

    @Test
    void nonMatchingCommandsAreEmpty() {
        Script s = sh("echo apt-get install x; pip3 install y");
        assertThat(AptCommand.in(s)).isEmpty();
        assertThat(AptCommand.match(s.simpleCommands().get(1))).isEqualTo(Optional.empty());
    }
}
