"""Who took part in what: participations linked across the sentences of short original articles."""

from __future__ import annotations

from test_events import events, run


def test_a_numbered_meeting_late_in_the_lead_is_the_story_s_meeting():
    a = run(
        "Kuching, Sept 9 (Bernama) -- Member states are sharpening their plans against cross-border fraud "
        "by comparing notes at the 21st ASEAN Ministerial Meeting on Transnational Crime (AMMTC), "
        "starting tomorrow here. "
        "The meeting, chaired by Home Minister Ali Hamzah, will run for five days. "
        "Also present were ASEAN Secretary-General Kao Kim Hourn and State Chief Minister Rahman Salleh.",
        "2027-09-09",
        "en",
    )
    ammtc = events(a)[("AMMTC", 21)]
    assert ammtc[5] is False  # reported, not only referred to
    assert ammtc[6] == {
        "Ali Hamzah": "chaired",
        "Kao Kim Hourn": "attended",
        "Rahman Salleh": "attended",
    }


def test_attending_an_opening_session_within_a_summit_is_attending_the_summit():
    a = run(
        "Hanoi (VNA) - Le Premier ministre Nguyen Van An a assisté le 20 octobre à la séance d'ouverture, "
        "lançant les activités dans le cadre du 49e Sommet de l'ASEAN, à Manille. -VNA",
        "2026-10-20",
        "fr",
    )
    summit = events(a)[("ASEAN-SUMMIT", 49)]
    assert summit[6] == {"Nguyen Van An": "attended"}


def test_a_host_leader_officiates_and_a_minister_s_participation_counts():
    a = run(
        "Manila, Jan 20 -- President Ramon Cruz is expected to officiate the 30th ASEAN Labour Ministers' "
        "Meeting (ALMM) to be held here on January 28. Labour Secretary Jose Reyes's scheduled "
        "participation in the 30th ALMM was confirmed by his office.",
        "2027-01-20",
        "en",
    )
    (almm,) = [v for k, v in events(a).items() if k[1] == 30]
    assert almm[6] == {"Ramon Cruz": "hosted", "Jose Reyes": "attended"}


def test_a_group_photo_caption_names_who_was_at_the_reported_meeting():
    a = run(
        "Pictured from left to right are: Minister Somsak Thongchai, Minister Rina Hartono and "
        "Minister Pedro Santos.\n\n"
        "Jakarta, 3 March 2026 -- Trade Minister Pedro Santos joined the 31st AEM Retreat in Jakarta, "
        "Indonesia, on 3 March.",
        "2026-03-03",
        "en",
    )
    (retreat,) = events(a).values()
    assert set(retreat[6]) == {"Somsak Thongchai", "Rina Hartono", "Pedro Santos"}


def test_a_presence_at_two_listed_meetings_counts_at_both():
    a = run(
        "Kuala Lumpur, Nov 2 -- The presence of the Defence Minister (Datuk Seri Ahmad Rahim) with the "
        "delegation to the 19th ASEAN Defence Ministers' Meeting (ADMM) and 12th ADMM-Plus in Manila "
        "matters, the ministry said.",
        "2025-11-02",
        "en",
    )
    found = events(a)
    assert found[("ADMM", 19)][6] == {"Ahmad Rahim": "attended"}
    assert found[("ADMM", 12)][6] == {"Ahmad Rahim": "attended"}


def test_an_inverted_speaker_and_a_briefing_count_as_taking_part():
    a = run(
        "Jakarta, May 4 -- The 40th ASEAN Coordinating Council (ACC) met in Jakarta on Thursday. "
        "Ministers were briefed by ASEAN Secretary-General Kao Kim Hourn on the community blueprints. "
        "\u201cWe stay united,\u201d said Foreign Minister Sari Dewi at the meeting.",
        "2026-05-04",
        "en",
    )
    (acc,) = events(a).values()
    assert acc[6] == {"Kao Kim Hourn": "attended", "Sari Dewi": "attended"}


def test_the_story_s_protagonist_is_the_home_side_of_first_person_talks():
    a = run(
        "Kuala Lumpur, May 10 -- At the 48th ASEAN Summit in Cebu today, Malaysian Prime Minister Datuk Seri "
        "Aziz Rahman met leaders on bilateral ties. Aziz paid a courtesy call on Sultan Hassanal "
        "Bolkiah of Brunei. \u201cI also had a bilateral meeting with my counterpart from Laos, "
        "Sonexay Siphandone,\u201d Aziz said.",
        "2026-05-10",
        "en",
    )
    pairs = {tuple(e.countries) for e in a.events if e.kind == "bilateral"}
    assert pairs == {("BN", "MY"), ("LA", "MY")}


def test_a_body_listed_among_delegates_is_not_the_venue():
    a = run(
        "The 31st ASEAN Transport Ministers' Meeting will open on November 3, with delegates from ten "
        "member states, the ASEAN Secretariat and partners.",
        "2026-10-30",
        "en",
    )
    (meeting,) = events(a).values()
    assert meeting[2:4] == (None, None)


def test_the_lead_comes_after_a_photo_caption_and_names_both_listed_meetings():
    a = run(
        "Le ministre Nguyen Van Binh à la réunion. Photo : VNA\n\n"
        "Hanoï (VNA) - La 27e réunion des ministres du Travail de l'ASEAN (ALMM) et la 12e réunion des "
        "ministres du Travail de l'ASEAN+3 (ALMM+3) ont eu lieu le 28 octobre en ligne. -VNA",
        "2026-10-28",
        "fr",
    )
    found = events(a)
    assert {k[1] for k in found} == {27, 12}
    assert not any(v[5] for v in found.values())  # both reported, neither only referred to


def test_a_subject_given_by_post_is_the_person_named_before():
    a = run(
        "Vientiane (VNA) - La ministre vietnamienne de la Santé Dao Thi Lan a assisté le 7 août à la 17e "
        "réunion des ministres de la Santé de l'ASEAN à Vientiane. La ministre vietnamienne a également "
        "assisté à la 11e conférence des ministres de la Santé de l'ASEAN+3. -VNA",
        "2026-08-09",
        "fr",
    )
    assert {k[1]: v[6] for k, v in events(a).items()} == {
        17: {"Dao Thi Lan": "attended"},
        11: {"Dao Thi Lan": "attended"},
    }


def test_a_press_release_day_outside_the_meeting_s_span_is_not_its_start():
    a = run(
        "JAKARTA, May 1 -- Ministers prepared the 48th ASEAN Summit to be held in Labuan Bajo on May 10-11, "
        "2026. According to a press release on Saturday (4/29/2026), eight meetings will be held at the "
        "48th ASEAN Summit.",
        "2026-05-01",
        "en",
    )
    summit = events(a)[("ASEAN-SUMMIT", 48)]
    assert summit[:2] == ("2026-05-10", "2026-05-11")


def test_a_day_said_of_the_meeting_later_refines_next_week():
    a = run(
        "Le ministre Prak Sokhonn participera à la réunion restreinte des "
        "ministres des Affaires étrangères de l'ASEAN aux Philippines la semaine prochaine. Il prendra "
        "part à cette réunion les 23 et 24 février.",
        "2026-02-16",
        "fr",
    )
    (retreat,) = events(a).values()
    assert retreat[:2] == ("2026-02-23", "2026-02-24")


def test_a_host_welcomes_a_list_of_leaders():
    a = run(
        "MANILA, Nov 13 -- The 51st ASEAN Summit opened in Manila on Monday. The President welcomed "
        "Singapore Prime Minister Lee Wei Ming, Thailand Prime Minister Somchai Dee and Brunei Sultan "
        "Hassanal Bolkiah.",
        "2027-11-13",
        "en",
    )
    summit = events(a)[("ASEAN-SUMMIT", 51)]
    assert set(summit[6]) >= {"Lee Wei Ming", "Somchai Dee", "Hassanal Bolkiah"}


def test_two_partner_summits_sharing_a_number_stay_two_events():
    a = run(
        "MANILA, Nov 13 -- The leaders will attend the 23rd ASEAN-China Summit and the 23rd ASEAN-Japan "
        "Summit in Manila on November 14.",
        "2027-11-13",
        "en",
    )
    partners = sorted(e.partner for e in a.events if e.series == "ASEAN+1-SUMMIT" and e.ordinal == 23)
    assert partners == ["CN", "JP"]


def test_a_caption_names_who_was_at_the_meeting_it_names():
    a = run(
        "Le ministre de la Défense Tran Van Long lors de l'ADMM Retreat au Laos. Photo : VNA\n\n"
        "Vientiane (VNA) - La conférence restreinte des ministres de la Défense de l'ASEAN (ADMM Retreat) "
        "s'est ouverte le 3 mars à Vientiane. Les ministres ont discuté de la sécurité maritime. -VNA",
        "2026-03-03",
        "fr",
    )
    ((key, retreat),) = events(a).items()
    assert key == ("ADMM", None)
    assert retreat[6] == {"Tran Van Long": "attended"}


def test_a_caption_that_does_not_name_the_meeting_says_nothing_of_it():
    a = run(
        "Le ministre Nguyen Van Binh à la réunion. Photo : VNA\n\n"
        "Hanoï (VNA) - La 27e réunion des ministres du Travail de l'ASEAN (ALMM) et la 12e réunion des "
        "ministres du Travail de l'ASEAN+3 (ALMM+3) ont eu lieu le 28 octobre en ligne. -VNA",
        "2026-10-28",
        "fr",
    )
    assert all(not v[6] for v in events(a).values())  # which of the two, the caption does not say


def test_co_chairs_joined_by_and_both_chair():
    a = run(
        "Singapore, Dec 2 -- The 25th ASEAN-EU Ministerial Meeting was held by video conference on "
        "Tuesday. The meeting was co-chaired by Singapore's Minister for Foreign Affairs Tan Wei Ming "
        "and EU High Representative Anna Keller.",
        "2026-12-02",
        "en",
    )
    meeting = events(a)[("ASEAN+1-FMM", 25)]
    assert meeting[6] == {"Tan Wei Ming": "chaired", "Anna Keller": "chaired"}


def test_hosted_by_a_country_makes_nobody_before_it_the_host():
    a = run(
        "Manila, May 22 -- Assistant Secretary Ana Reyes chaired the ASEAN Senior Officials' Meeting "
        "here today. Reyes also briefed the meeting on the 62nd ASEAN Foreign Ministers' Meeting, which "
        "will be hosted by the Philippines in August.",
        "2029-05-22",
        "en",
    )
    found = events(a)
    assert found[("SOM", None)][6] == {"Ana Reyes": "chaired"}
    assert "hosted" not in found[("AMM", 62)][6].values()


def test_a_leader_arriving_with_members_of_his_delegation_leads_it():
    a = run(
        "Manille, 28 avril (AKP) - Le Premier ministre Sok Vannak et d'autres membres de sa délégation "
        "sont arrivés cet après-midi à Manille pour participer au 50e Sommet de l'ASEAN.",
        "2027-04-28",
        "fr",
    )
    assert events(a)[("ASEAN-SUMMIT", 50)][6] == {"Sok Vannak": "led_delegation"}
