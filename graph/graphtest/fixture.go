// Package graphtest holds a small, realistic graph for tests of every
// engine and command: actors with their offices and facts worded after the
// seed documents. It is test support only; nothing in the program uses it.
package graphtest

import (
	"context"
	"testing"

	"github.com/geoalign/geoalign/dict"
	"github.com/geoalign/geoalign/graph"
)

// Seed document ids, as the facts cite them.
const (
	DocLeaks    = "000_6c03606419eea82a" // Greek City Times, 2023-04
	DocReview   = "001_aaeae834b6482961" // Global Foreign Policies Review, 2023
	DocNation   = "002_b91fe7183a7eb176" // The Nation, 2023-04
	DocTribune  = "003_2fb45e73f67d06db" // The Express Tribune, 2018-05-07
	DocNawaiwaq = "004_7cb55dab4d1d24ac" // Nawaiwaqt, 2022-05
)

func office(role, of, from, to string) graph.Office {
	o := graph.Office{Role: role, Of: of, From: graph.MustDate(from)}
	if to != "" {
		o.To = graph.MustDate(to)
	}
	return o
}

// Actors are the fixture's actors; officials carry their offices.
func Actors() []dict.Entry {
	c, o, in, g := graph.Country, graph.Official, graph.Institution, graph.Group
	entry := func(id, name string, k graph.Kind, aliases, demonyms []string, offices ...graph.Office) dict.Entry {
		return dict.Entry{Actor: graph.Actor{ID: id, Name: name, Kind: k, Aliases: aliases, Offices: offices}, Demonyms: demonyms}
	}
	return []dict.Entry{
		entry("pakistan", "Pakistan", c, []string{"Islamabad"}, []string{"Pakistani"}),
		entry("united-states", "United States", c, []string{"US", "U.S.", "USA", "America", "Washington", "White House"}, []string{"American"}),
		entry("russia", "Russia", c, []string{"Moscow", "Kremlin"}, []string{"Russian"}),
		entry("india", "India", c, []string{"New Delhi"}, []string{"Indian"}),
		entry("china", "China", c, []string{"Beijing"}, []string{"Chinese"}),
		entry("nato", "NATO", in, nil, nil),
		entry("un-general-assembly", "UN General Assembly", in, []string{"UNGA"}, nil),
		entry("taliban", "Taliban", g, []string{"Afghan Taliban"}, nil),
		entry("donald-trump", "Donald Trump", o, []string{"Trump"}, nil,
			office("President", "united-states", "2017-01-20", "2021-01-20")),
		entry("imran-khan", "Imran Khan", o, []string{"Khan"}, nil,
			office("Prime Minister", "pakistan", "2018-08-18", "2022-04-10")),
		entry("shehbaz-sharif", "Shehbaz Sharif", o, []string{"PM Shehbaz", "Prime Minister Sharif"}, nil,
			office("Prime Minister", "pakistan", "2022-04-11", "")),
		entry("bilawal-bhutto-zardari", "Bilawal Bhutto Zardari", o, []string{"Bilawal"}, nil,
			office("Foreign Minister", "pakistan", "2022-04-27", "2023-08-10")),
		entry("qamar-javed-bajwa", "Qamar Javed Bajwa", o, nil, nil,
			office("Chief of Army Staff", "pakistan", "2016-11-29", "2022-11-29")),
		entry("sergey-lavrov", "Sergey Lavrov", o, []string{"Lavrov"}, nil,
			office("Foreign Minister", "russia", "2004-03-09", "")),
		entry("nikolay-patrushev", "Nikolay Patrushev", o, []string{"Patrushev"}, nil,
			office("Secretary of the Security Council", "russia", "2008-05-12", "2024-05-14")),
		entry("ajit-kumar-doval", "Ajit Kumar Doval", o, []string{"Mr Doval"}, nil,
			office("National Security Adviser", "india", "2014-05-30", "")),
		entry("antony-blinken", "Antony Blinken", o, []string{"Blinken"}, nil,
			office("Secretary of State", "united-states", "2021-01-26", "2025-01-20")),
	}
}

func fact(doc string, sentence int, subject, relation, object, date string, evidence string) graph.Fact {
	d := graph.MustDate(date)
	return graph.Fact{Doc: doc, Sentence: sentence, Subject: subject, Relation: relation, Object: object,
		Date: d, Precision: d.Precision(), Modality: graph.Asserted, Confidence: 0.9, Evidence: evidence}
}

func with(f graph.Fact, change func(*graph.Fact)) graph.Fact {
	change(&f)
	return f
}

// Facts are the fixture's facts, in document order.
func Facts() []graph.Fact {
	abstained := "Pakistan is among the 32 countries that have abstained from voting every time a US-backed resolution on the Ukrainian conflict was raised in the UN General Assembly."
	oil := "Last week, Pakistan placed its first order for buying crude oil from Russia and its US Ambassador Masood Khan said Islamabad had consulted Washington before placing the order."
	trump2017 := "Trump singled out Pakistan for not doing enough to curb terrorism and threatened to halt security assistance if it continued to play a “double game”."
	doha := "The 2020 Doha Accord and America's withdrawal from Afghanistan were made possible as a result of the discussions between the US and the Afghan Taliban, which were mediated by Pakistan."
	return []graph.Fact{
		fact(DocLeaks, 12, "pakistan", "abstained", "un-general-assembly", "2023-02", abstained),
		with(fact(DocLeaks, 14, "pakistan", "bought_from", "russia", "2023-04", oil), func(f *graph.Fact) { f.Goods = "crude oil" }),
		fact(DocLeaks, 14, "pakistan", "consulted", "united-states", "2023-04", oil),
		with(fact(DocLeaks, 15, "united-states", "criticized", "pakistan", "2023-04", "The US administration, he said, had no objection to the proposed deal."),
			func(f *graph.Fact) { f.Modality = graph.Negated }),
		fact(DocLeaks, 18, "india", "abstained", "un-general-assembly", "2023-02", "The Post notes that India, too, is avoiding taking sides between Washington and Moscow, and abstained on the UN General Assembly resolution."),
		fact(DocLeaks, 19, "ajit-kumar-doval", "met", "nikolay-patrushev", "2023-02-22", "One leaked document details a Feb 22 conversation between Indian national security adviser Ajit Kumar Doval and his Russian counterpart, Nikolay Patrushev."),
		fact(DocLeaks, 20, "india", "supported", "russia", "2023-02", "Mr Doval assures Mr Patrushev of India’s support for Russia in multilateral venues."),

		fact(DocReview, 10, "donald-trump", "cut_aid_to", "pakistan", "2018", "The relationship between Pakistan and the United States reached a record low in 2018 when then-President Donald Trump cut defence aid to Pakistan."),
		with(fact(DocReview, 11, "pakistan", "mediated", "united-states", "2020", doha), func(f *graph.Fact) { f.Between = []string{"taliban", "united-states"} }),
		with(fact(DocReview, 11, "pakistan", "mediated", "taliban", "2020", doha), func(f *graph.Fact) { f.Between = []string{"taliban", "united-states"} }),
		fact(DocReview, 11, "united-states", "signed_agreement_with", "taliban", "2020", doha),
		with(fact(DocReview, 12, "imran-khan", "criticized", "united-states", "2022-04", "Khan said that he left because of a plot supported by the United States to penalize him for having a different foreign policy with China and Russia."),
			func(f *graph.Fact) { f.Modality = graph.Claimed }),
		fact(DocReview, 17, "antony-blinken", "invited", "bilawal-bhutto-zardari", "2022-05", "Blinken invited Bilawal to the Global Food Security ministerial in New York."),
		fact(DocReview, 22, "russia", "lifted_embargo_on", "pakistan", "2014", "A major shift in bilateral defence relations occurred in 2014 when Russia decided to lift its embargo on arms sales to Pakistan (Hussain & Fatima, 2015)."),
		fact(DocReview, 43, "qamar-javed-bajwa", "visited", "russia", "2018", "General Qamar Javed Bajwa, the head of Pakistan's army, visited Russia in 2018."),
		fact(DocReview, 44, "pakistan", "signed_agreement_with", "russia", "2018", "The two countries set up a Joint Military Commission in 2018."),

		fact(DocNation, 7, "united-states", "attacked", "pakistan", "2011-05", "Then came the Abbottabad raid in May, when US special forces killed Al-Qaeda leader Osama bin Ladin."),
		fact(DocNation, 9, "nato", "attacked", "pakistan", "2011", "The year concluded with the killing of over two dozen Pakistani soldiers by NATO forces at the Salala border post near Afghanistan."),
		fact(DocNation, 10, "pakistan", "blocked", "nato", "2011", "In response, Pakistan shut down the NATO supply route into Afghanistan for seven months."),
		fact(DocNation, 13, "pakistan", "partnered_with", "china", "2011", "At the same time, Pakistan’s traditionally Western-centric national security elite moved to deepen their partnership with China, already a long-time partner."),
		fact(DocNation, 15, "united-states", "gave_aid_to", "pakistan", "", "Pakistan has long relied on US economic and military aid."),
		fact(DocNation, 18, "imran-khan", "criticized", "united-states", "2023-03", "Former prime minister Imran Khan has continued to accuse Washington of backing his ouster."),

		fact(DocTribune, 3, "donald-trump", "criticized", "pakistan", "2017-08", trump2017),
		fact(DocTribune, 3, "donald-trump", "threatened", "pakistan", "2017-08", trump2017),
		fact(DocTribune, 4, "china", "supported", "pakistan", "2017-08", "And Beijing did not take long to lend support to Pakistan."),
		fact(DocTribune, 14, "russia", "held_exercises_with", "pakistan", "2016", "In 2016, Russian and Pakistani troops for the first time ever conducted joint military exercises."),
		fact(DocTribune, 16, "india", "pressured", "russia", "2016", "New Delhi pushed Russia to cancel its military exercises with Pakistan."),
		fact(DocTribune, 17, "russia", "refused", "india", "2016", "Moscow, despite being an old strategic ally of New Delhi, turned down the demand and went ahead with war games with Pakistan."),

		fact(DocNawaiwaq, 5, "sergey-lavrov", "congratulated", "bilawal-bhutto-zardari", "2022-05", "Foreign Minister Lavrov congratulated Bilawal Bhutto Zardari on his appointment."),
		fact(DocNawaiwaq, 6, "pakistan", "held_exercises_with", "russia", "2016-09", "Pakistan and Russia held their first joint exercises, Druzhba, in September 2016."),
		fact(DocNawaiwaq, 8, "imran-khan", "visited", "russia", "2022-02", "Imran Khan visited Moscow in February 2022, on the day the war began."),
		with(fact(DocNawaiwaq, 9, "shehbaz-sharif", graph.HoldsOffice, "pakistan", "2022-04-11", "Shehbaz Sharif became Pakistan's 23rd prime minister."),
			func(f *graph.Fact) { f.Role = "Prime Minister" }),
	}
}

// Dictionary is the built-in dictionary (its relation vocabulary) with the
// fixture's actors in place of its own.
func Dictionary(t testing.TB) *dict.Dictionary {
	t.Helper()
	d, err := dict.Default(context.Background())
	if err != nil {
		t.Fatalf("default dictionary: %v", err)
	}
	d.Actors = Actors()
	return d
}

// Directory is the fixture's directory, demonyms included.
func Directory(t testing.TB) *graph.Directory {
	t.Helper()
	d := Dictionary(t)
	dir := graph.NewDirectory(d.GraphActors())
	for _, a := range d.Actors {
		dir.AddNames(a.ID, a.Demonyms...)
	}
	return dir
}
